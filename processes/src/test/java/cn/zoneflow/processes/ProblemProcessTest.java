package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.ProblemProcess.Activities;
import cn.zoneflow.processes.ProblemProcess.Variables;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = ProblemProcess.RESOURCE)
class ProblemProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    @BeforeEach
    void registerListeners() {
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
        Mocks.register("problemDeadlineListener", (TaskListener) task -> { });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance raisedByTheLeader() {
        ProcessInstance problem = engine.getRuntimeService().startProcessInstanceByKey(ProblemProcess.PROCESS_KEY,
                "14070026001", Map.of(Variables.PROJECT_ID, 7L, Variables.PROBLEM_ID, 3L,
                        Variables.MANAGER_GROUP, "manager:zone-12", Variables.OFFICER_GROUP, "officer:zone-12",
                        Variables.CITY_GROUP, "supervisor:city-140700",
                        Variables.PROVINCE_GROUP, "supervisor:province", Variables.RAISER, "leader.jinzhong"));
        assertThat(problem).isWaitingAt(Activities.ACCEPT_PROBLEM);
        assertThat(task()).hasCandidateGroup("manager:zone-12");
        return problem;
    }

    private static void assignedInTheZone(ProcessInstance problem) {
        complete(task(problem), withVariables(Variables.ESCALATED, false, Variables.LEVEL, "ZONE",
                Variables.DEPARTMENT_GROUP, null));
        assertThat(problem).isWaitingAt(Activities.HANDLE_PROBLEM);
        assertThat(task(problem)).hasCandidateGroup("officer:zone-12");
    }

    private static void answered(ProcessInstance problem) {
        complete(task(problem), withVariables(Variables.ESCALATED, false, Variables.RETURNED, false));
        assertThat(problem).isWaitingAt(Activities.CONFIRM_PROBLEM);
        assertThat(task(problem)).isAssignedTo("leader.jinzhong");
    }

    @Test
    void aProblemTheZoneSolvesIsClosedWhenItsRaiserConfirmsTheAnswer() {
        ProcessInstance problem = raisedByTheLeader();
        assignedInTheZone(problem);
        answered(problem);

        complete(task(problem), withVariables(Variables.SOLVED, true));

        assertThat(problem).isEnded().hasPassed(Activities.PROBLEM_SOLVED)
                .hasNotPassed(Activities.COORDINATE_IN_CITY);
    }

    @Test
    void aReopenedAnswerGoesBackToTheZoneThatGaveIt() {
        ProcessInstance problem = raisedByTheLeader();
        assignedInTheZone(problem);
        answered(problem);

        complete(task(problem), withVariables(Variables.SOLVED, false));

        assertThat(problem).isWaitingAt(Activities.HANDLE_PROBLEM).hasPassed(Activities.REOPENED_FOR);
        answered(problem);
        complete(task(problem), withVariables(Variables.SOLVED, true));
        assertThat(problem).isEnded().hasPassed(Activities.PROBLEM_SOLVED);
    }

    @Test
    void aProblemGivenToACityDepartmentIsAnsweredByItAndReopenedForItAgain() {
        ProcessInstance problem = raisedByTheLeader();
        complete(task(problem), withVariables(Variables.ESCALATED, false, Variables.LEVEL, "ZONE",
                Variables.DEPARTMENT_GROUP, "department:department-4"));
        assertThat(problem).isWaitingAt(Activities.ANSWER_PROBLEM_IN_DEPARTMENT).hasPassed(Activities.HANDLED_BY)
                .hasNotPassed(Activities.HANDLE_PROBLEM);
        assertThat(task(problem)).hasCandidateGroup("department:department-4");
        answered(problem);

        complete(task(problem), withVariables(Variables.SOLVED, false));

        assertThat(problem).isWaitingAt(Activities.ANSWER_PROBLEM_IN_DEPARTMENT);
        answered(problem);
        complete(task(problem), withVariables(Variables.SOLVED, true));
        assertThat(problem).isEnded().hasPassed(Activities.PROBLEM_SOLVED).hasNotPassed(Activities.HANDLE_PROBLEM);
    }

    @Test
    void aDepartmentGivesBackAProblemNotItsOwnAndTheZoneGivesItToItsOfficers() {
        ProcessInstance problem = raisedByTheLeader();
        complete(task(problem), withVariables(Variables.ESCALATED, false, Variables.LEVEL, "ZONE",
                Variables.DEPARTMENT_GROUP, "department:department-4"));

        complete(task(problem), withVariables(Variables.RETURNED, true));

        assertThat(problem).isWaitingAt(Activities.ACCEPT_PROBLEM)
                .hasPassed(Activities.DEPARTMENT_ANSWERED_OR_RETURNED).hasNotPassed(Activities.CONFIRM_PROBLEM);
        assertThat(task(problem)).hasCandidateGroup("manager:zone-12");
        assignedInTheZone(problem);
        answered(problem);
        complete(task(problem), withVariables(Variables.SOLVED, true));
        assertThat(problem).isEnded().hasPassed(Activities.PROBLEM_SOLVED);
    }

    @Test
    void theZonePassesAProblemItCannotSolveToTheCityWhichAnswersIt() {
        ProcessInstance problem = raisedByTheLeader();

        complete(task(problem), withVariables(Variables.ESCALATED, true, Variables.LEVEL, "CITY"));

        assertThat(problem).isWaitingAt(Activities.COORDINATE_IN_CITY).hasNotPassed(Activities.HANDLE_PROBLEM);
        assertThat(task(problem)).hasCandidateGroup("supervisor:city-140700");
        answered(problem);
        complete(task(problem), withVariables(Variables.SOLVED, false));
        assertThat(problem).isWaitingAt(Activities.COORDINATE_IN_CITY);
    }

    @Test
    void aProblemEscalatedWhileHandledGoesToTheCityAndFromThereToTheProvince() {
        ProcessInstance problem = raisedByTheLeader();
        assignedInTheZone(problem);

        complete(task(problem), withVariables(Variables.ESCALATED, true, Variables.LEVEL, "CITY"));
        assertThat(problem).isWaitingAt(Activities.COORDINATE_IN_CITY);
        complete(task(problem), withVariables(Variables.ESCALATED, true, Variables.LEVEL, "PROVINCE"));

        assertThat(problem).isWaitingAt(Activities.COORDINATE_IN_PROVINCE);
        assertThat(task(problem)).hasCandidateGroup("supervisor:province");
        complete(task(problem));
        assertThat(problem).isWaitingAt(Activities.CONFIRM_PROBLEM);
        complete(task(problem), withVariables(Variables.SOLVED, false));
        assertThat(problem).isWaitingAt(Activities.COORDINATE_IN_PROVINCE);
        complete(task(problem));
        complete(task(problem), withVariables(Variables.SOLVED, true));
        assertThat(problem).isEnded().hasPassed(Activities.PROBLEM_SOLVED);
    }
}
