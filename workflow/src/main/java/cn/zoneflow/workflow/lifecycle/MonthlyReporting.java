package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.processes.MonthlyProgress;
import cn.zoneflow.processes.MonthlyProgress.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The monthly reporting of a project under construction: it starts when the project starts (or enters ZoneFlow
 * already started) and stops when the project starts production.
 */
@ApplicationScoped
public class MonthlyReporting {

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ProjectRepository projects;

    public void start(long projectId) {
        Project project = projects.find(projectId).orElseThrow();
        runtimeService.startProcessInstanceByKey(MonthlyProgress.PROCESS_KEY, project.code().value(), Map.of(
                Variables.PROJECT_ID, projectId,
                Variables.OFFICER_GROUP, Role.OFFICER.groupIn(project.zone())));
    }

    public void stop(String projectCode) {
        runtimeService.createMessageCorrelation(MonthlyProgress.PROJECT_PRODUCING_MESSAGE)
                .processInstanceBusinessKey(projectCode)
                .correlateAllWithResult();
    }
}
