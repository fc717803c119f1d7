package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.AgencyProcess.Variables;
import cn.zoneflow.processes.RequiredProcedures.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts the agency process (全代办) of a project the enterprise entrusted to the zone, signed or imported under
 * construction, in the registering transaction, with the facts the decision on its procedures reads; and passes on
 * that a project started. A project imported producing has no procedure left for the zone to handle.
 */
@ApplicationScoped
public class AgencyWorkflow {

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ProjectRepository projects;

    void start(@Observes ProjectRegistered registered) {
        // a project imported under construction still has the procedures before 投产 for its zone to handle
        if (!registered.fullAgency() || registered.stage().compareTo(Stage.STARTED) > 0) {
            return;
        }
        Project project = projects.find(registered.projectId()).orElseThrow();
        runtimeService.startProcessInstanceByKey(AgencyProcess.PROCESS_KEY, registered.projectCode(), Map.of(
                Variables.PROJECT_ID, registered.projectId(),
                Variables.OFFICER_GROUP, Role.OFFICER.groupIn(project.zone()),
                Variables.CITY_GROUP, Role.SUPERVISOR.groupIn(project.zone().city()),
                Inputs.INDUSTRY, project.industry().code(),
                Inputs.TOTAL_INVESTMENT, project.totalInvestment().wan().doubleValue(),
                Inputs.INDUSTRIAL, project.isIndustrial()));
    }

    /** The project's move to 开工 was recorded: its agency, if any, starts the procedures before 投产. */
    public void projectStarted(String projectCode) {
        runtimeService.createMessageCorrelation(AgencyProcess.PROJECT_STARTED_MESSAGE)
                .processInstanceBusinessKey(projectCode)
                .correlateAllWithResult();
    }
}
