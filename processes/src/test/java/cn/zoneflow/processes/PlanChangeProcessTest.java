package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.PlanChangeProcess.Activities;
import cn.zoneflow.processes.PlanChangeProcess.Variables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = PlanChangeProcess.RESOURCE)
class PlanChangeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private final List<String> decided = new ArrayList<>();

    @BeforeEach
    void registerSteps() {
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
        Mocks.register("applyPlanChangeDelegate", (JavaDelegate) execution -> decided.add("applied by "
                + execution.getVariable(Variables.APPROVER)));
        Mocks.register("returnPlanChangeDelegate", (JavaDelegate) execution -> decided.add("returned: "
                + execution.getVariable(Variables.RETURN_REASON)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance proposed() {
        ProcessInstance change = engine.getRuntimeService().startProcessInstanceByKey(PlanChangeProcess.PROCESS_KEY,
                "14070026001", Map.of(Variables.PLAN_VERSION_ID, 3L, Variables.PROJECT_ID, 7L,
                        Variables.MANAGER_GROUP, "manager:zone-12"));
        assertThat(change).isWaitingAt(Activities.APPROVE_PLAN_CHANGE);
        assertThat(task()).hasCandidateGroup("manager:zone-12");
        return change;
    }

    @Test
    void anApprovedChangeTakesEffect() {
        ProcessInstance change = proposed();

        complete(task(change), withVariables(Variables.APPROVED, true, Variables.APPROVER, "wang"));

        assertThat(change).hasPassed(Activities.APPLY_PLAN_CHANGE).isEnded().hasPassed(Activities.PLAN_CHANGED);
        Assertions.assertThat(decided).containsExactly("applied by wang");
    }

    @Test
    void aReturnedChangeLeavesThePlanWithTheReason() {
        ProcessInstance change = proposed();

        complete(task(change), withVariables(Variables.APPROVED, false, Variables.APPROVER, "wang",
                Variables.RETURN_REASON, "理由不充分"));

        assertThat(change).hasPassed(Activities.RETURN_PLAN_CHANGE).isEnded()
                .hasPassed(Activities.PLAN_CHANGE_RETURNED).hasNotPassed(Activities.APPLY_PLAN_CHANGE);
        Assertions.assertThat(decided).containsExactly("returned: 理由不充分");
    }
}
