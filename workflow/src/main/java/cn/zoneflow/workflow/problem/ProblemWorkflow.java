package cn.zoneflow.workflow.problem;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ProblemLevel;
import cn.zoneflow.domain.model.problem.ProblemRaised;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.ProblemProcess;
import cn.zoneflow.processes.ProblemProcess.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts every raised problem's process in the raising transaction: the zone's managers accept it, its officers (or
 * the city department it is given to) see it solved and answer, the city's and then the province's supervisors take what the zone cannot, its raiser
 * confirms.
 */
@ApplicationScoped
public class ProblemWorkflow {

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private ZoneRepository zones;

    @Inject
    private ProjectProblems problems;

    void start(@Observes ProblemRaised problem) {
        Zone zone = zones.zone(problem.zoneId()).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.PROJECT_ID, problem.projectId());
        variables.put(Variables.PROBLEM_ID, problem.problemId());
        variables.put(Variables.MANAGER_GROUP, Role.MANAGER.groupIn(zone));
        variables.put(Variables.OFFICER_GROUP, Role.OFFICER.groupIn(zone));
        variables.put(Variables.CITY_GROUP, Role.SUPERVISOR.groupIn(zone.city()));
        variables.put(Variables.PROVINCE_GROUP, Role.SUPERVISOR.groupInProvince());
        variables.put(Variables.RAISER, problem.raiser());
        variables.put(Variables.LEVEL, ProblemLevel.ZONE.name());
        problems.carriedBy(problem.problemId(), runtimeService.startProcessInstanceByKey(ProblemProcess.PROCESS_KEY,
                problem.projectCode(), variables).getId());
    }
}
