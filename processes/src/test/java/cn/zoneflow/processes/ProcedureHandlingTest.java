package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.ProcedureHandling.Activities;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import java.util.ArrayList;
import java.util.List;
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

@Deployment(resources = ProcedureHandling.RESOURCE)
class ProcedureHandlingTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    /** What the domain was told, in order: submitted, corrected, closed. */
    private final List<String> recorded = new ArrayList<>();
    private final List<String> tasksPrepared = new ArrayList<>();
    /** The candidate group of the department that answers itself, or null where none takes part. */
    private String answeringDepartment;

    @BeforeEach
    void registerSteps() {
        Mocks.register("recordSubmissionDelegate", (JavaDelegate) execution -> recorded.add("submitted"));
        Mocks.register("findAnsweringDepartmentDelegate", (JavaDelegate) execution -> {
            execution.setVariable(Variables.DEPARTMENT_TAKES_PART, answeringDepartment != null);
            execution.setVariable(Variables.DEPARTMENT_GROUP, answeringDepartment);
        });
        Mocks.register("recordCorrectionDelegate", (JavaDelegate) execution ->
                recorded.add("corrected: " + execution.getVariable(Variables.CORRECTION_REASON)));
        Mocks.register("closeProcedureDelegate", (JavaDelegate) execution ->
                recorded.add("closed: " + execution.getVariable(Variables.APPROVAL_NUMBER)));
        Mocks.register("procedureTaskListener", (TaskListener) task -> tasksPrepared.add(task.getTaskDefinitionKey()));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private ProcessInstance handle(String procedureCode) {
        return engine.getRuntimeService().startProcessInstanceByKey(ProcedureHandling.PROCESS_KEY,
                "2026-140700-44-01-000001", withVariables(Variables.PROJECT_ID, 1L, Variables.PROCEDURE_CODE,
                        procedureCode, Variables.OFFICER_GROUP, "officer:zone-22", Variables.SPECIALIST,
                        "officer.jinzhong"));
    }

    @Test
    void theSpecialistCollectsTheMaterialsFirstAndTheZonesOfficersSeeTheTaskToo() {
        ProcessInstance procedure = handle("LAND_USE");

        assertThat(procedure).isWaitingAt(Activities.COLLECT_MATERIALS);
        assertThat(task(procedure)).isAssignedTo("officer.jinzhong");
        Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(procedure).getId()))
                .anySatisfy(link -> Assertions.assertThat(link.getGroupId()).isEqualTo("officer:zone-22"));
    }

    @Test
    void anApprovedSubmissionIsRecordedAndClosedWithItsApprovalNumber() {
        ProcessInstance procedure = handle("LAND_USE");
        complete(task(procedure));
        complete(task(procedure), withVariables(Variables.SUBMITTED_BY, "officer.jinzhong"));
        assertThat(procedure).isWaitingAt(Activities.RECORD_DEPARTMENT_ANSWER);

        complete(task(procedure), withVariables(Variables.DEPARTMENT_APPROVED, true, Variables.APPROVAL_NUMBER,
                "晋中自然资〔2026〕12号"));

        assertThat(procedure).isEnded().hasPassed(Activities.CLOSE_PROCEDURE, Activities.PROCEDURE_CLOSED)
                .hasNotPassed(Activities.RECORD_CORRECTION);
        Assertions.assertThat(recorded).containsExactly("submitted", "closed: 晋中自然资〔2026〕12号");
        Assertions.assertThat(tasksPrepared).containsExactly(Activities.COLLECT_MATERIALS,
                Activities.SUBMIT_TO_DEPARTMENT, Activities.RECORD_DEPARTMENT_ANSWER);
    }

    @Test
    void aReturnedSubmissionGoesBackToCollectingAndIsSubmittedAgain() {
        ProcessInstance procedure = handle("ENVIRONMENTAL_ASSESSMENT");
        complete(task(procedure));
        complete(task(procedure));
        complete(task(procedure), withVariables(Variables.DEPARTMENT_APPROVED, false, Variables.CORRECTION_REASON,
                "补充大气环境影响专章"));

        assertThat(procedure).isWaitingAt(Activities.COLLECT_MATERIALS).hasPassed(Activities.RECORD_CORRECTION);
        assertThat(task(procedure)).isAssignedTo("officer.jinzhong");

        complete(task(procedure));
        complete(task(procedure));
        complete(task(procedure), withVariables(Variables.DEPARTMENT_APPROVED, true, Variables.APPROVAL_NUMBER,
                "晋中环审〔2026〕7号"));
        assertThat(procedure).isEnded();
        Assertions.assertThat(recorded).containsExactly("submitted", "corrected: 补充大气环境影响专章", "submitted",
                "closed: 晋中环审〔2026〕7号");
    }

    @Test
    void aDepartmentThatTakesPartAnswersItselfAndNoOfficerSeesTheStep() {
        answeringDepartment = "department:department-3";
        ProcessInstance procedure = handle("ENVIRONMENTAL_ASSESSMENT");
        complete(task(procedure));
        complete(task(procedure));

        assertThat(procedure).isWaitingAt(Activities.DEPARTMENT_ANSWER).hasNotPassed(Activities.RECORD_DEPARTMENT_ANSWER);
        assertThat(task(procedure)).isNotAssigned().hasCandidateGroup("department:department-3");
        Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(procedure).getId()))
                .noneSatisfy(link -> Assertions.assertThat(link.getGroupId()).isEqualTo("officer:zone-22"));

        complete(task(procedure), withVariables(Variables.DEPARTMENT_APPROVED, false, Variables.CORRECTION_REASON,
                "补充大气环境影响专章"));
        assertThat(procedure).isWaitingAt(Activities.COLLECT_MATERIALS);
        complete(task(procedure));
        complete(task(procedure));
        complete(task(procedure), withVariables(Variables.DEPARTMENT_APPROVED, true, Variables.APPROVAL_NUMBER,
                "晋中环审〔2026〕7号"));

        assertThat(procedure).isEnded();
        Assertions.assertThat(recorded).containsExactly("submitted", "corrected: 补充大气环境影响专章", "submitted",
                "closed: 晋中环审〔2026〕7号");
        Assertions.assertThat(tasksPrepared).containsExactly(Activities.COLLECT_MATERIALS,
                Activities.SUBMIT_TO_DEPARTMENT, Activities.DEPARTMENT_ANSWER, Activities.COLLECT_MATERIALS,
                Activities.SUBMIT_TO_DEPARTMENT, Activities.DEPARTMENT_ANSWER);
    }
}
