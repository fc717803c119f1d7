package cn.zoneflow.workflow.plan;

import cn.zoneflow.domain.model.plan.PlanChangeProposed;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.PlanChangeProcess;
import cn.zoneflow.processes.PlanChangeProcess.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/** Gives every proposed plan change its approval task for the zone's managers, in the proposing transaction. */
@ApplicationScoped
public class PlanChangeWorkflow {

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ZoneRepository zones;

    void start(@Observes PlanChangeProposed change) {
        runtimeService.startProcessInstanceByKey(PlanChangeProcess.PROCESS_KEY, change.projectCode(), Map.of(
                Variables.PROJECT_ID, change.projectId(),
                Variables.PLAN_VERSION_ID, change.planVersionId(),
                Variables.MANAGER_GROUP, Role.MANAGER.groupIn(zones.zone(change.zoneId()).orElseThrow())));
    }
}
