package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;

/**
 * Starts the lifecycle process of every project that enters ZoneFlow short of 达效, in the registering
 * transaction. Whatever stage it enters at, the process waits for the officer's request to move it on (for a
 * producing project, its 达效 evaluation); a project entering under construction also starts its monthly
 * reporting.
 */
@ApplicationScoped
public class LifecycleStarter {

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ZoneRepository zones;

    @Inject
    private MonthlyReporting monthlyReporting;

    void start(@Observes ProjectRegistered registered) {
        if (registered.stage().isFinal()) {
            return;
        }
        var zone = zones.zone(registered.zoneId()).orElseThrow();
        ProcessInstantiationBuilder instance = runtimeService
                .createProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY)
                .businessKey(registered.projectCode())
                .setVariable(Variables.PROJECT_ID, registered.projectId())
                .setVariable(Variables.OFFICER_GROUP, Role.OFFICER.groupIn(zone))
                .setVariable(Variables.MANAGER_GROUP, Role.MANAGER.groupIn(zone))
                .setVariable(Variables.CITY_GROUP, Role.SUPERVISOR.groupIn(zone.city()))
                .setVariable(Variables.PRODUCING, registered.stage() == Stage.PRODUCING);
        if (registered.stage().compareTo(Stage.SIGNED) > 0) {
            // a project imported past 签约 skips what a newly signed one goes through and waits for its next move
            instance.startBeforeActivity(ProjectLifecycle.Activities.NEXT_STEP);
        }
        instance.execute();
        if (registered.stage() == Stage.STARTED) {
            monthlyReporting.start(registered.projectId());
        }
    }
}
