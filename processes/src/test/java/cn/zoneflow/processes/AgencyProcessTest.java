package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.AgencyProcess.Activities;
import cn.zoneflow.processes.AgencyProcess.Variables;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {AgencyProcess.RESOURCE, ProcedureHandling.RESOURCE, RequiredProcedures.RESOURCE,
        CommitmentProcess.RESOURCE})
class AgencyProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final String CODE = "2026-140700-44-01-000009";

    /** What the planning step saw from the decision table. */
    private final List<Object> decided = new ArrayList<>();
    private boolean alreadyStarted;
    private boolean anyCommitted;

    @BeforeEach
    void registerSteps() {
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
        Mocks.register("procedureTaskListener", (TaskListener) task -> { });
        JavaDelegate noDomain = execution -> { };
        Mocks.register("recordSubmissionDelegate", noDomain);
        Mocks.register("findAnsweringDepartmentDelegate", (JavaDelegate) execution -> execution.setVariable(
                ProcedureHandling.Variables.DEPARTMENT_TAKES_PART, false));
        Mocks.register("recordCorrectionDelegate", noDomain);
        Mocks.register("closeProcedureDelegate", noDomain);
        Mocks.register("planProceduresDelegate", (JavaDelegate) execution -> {
            decided.add(execution.getVariable(Variables.REQUIRED_PROCEDURES));
            execution.setVariable(Variables.PROCEDURES_BEFORE_START, List.of("LAND_USE", "PLANNING_PERMIT"));
            execution.setVariable(Variables.PROCEDURES_BEFORE_PRODUCTION, List.of("DISCHARGE_PERMIT"));
            execution.setVariable(Variables.ALREADY_STARTED, alreadyStarted);
            execution.setVariable(Variables.ANY_COMMITTED, anyCommitted);
        });
        Mocks.register("rectificationDeadlineListener", (TaskListener) task -> { });
        Mocks.register("recordBreachDelegate", noDomain);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private ProcessInstance entrust() {
        return engine.getRuntimeService().startProcessInstanceByKey(AgencyProcess.PROCESS_KEY, CODE,
                withVariables(Variables.PROJECT_ID, 9L, Variables.OFFICER_GROUP, "officer:zone-22",
                        Variables.CITY_GROUP, "supervisor:city-140700",
                        RequiredProcedures.Inputs.INDUSTRY, "LIGHT_INDUSTRY",
                        RequiredProcedures.Inputs.TOTAL_INVESTMENT, 3000.0,
                        RequiredProcedures.Inputs.INDUSTRIAL, false));
    }

    private void signAgreement(ProcessInstance agency) {
        complete(task(agency), withVariables(Variables.SPECIALIST, "officer.jinzhong"));
    }

    private List<Task> collectTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(CODE)
                .taskDefinitionKey(ProcedureHandling.Activities.COLLECT_MATERIALS).list();
    }

    @Test
    void theZonesOfficersSignTheAgreementFirst() {
        ProcessInstance agency = entrust();

        assertThat(agency).isWaitingAt(Activities.SIGN_AGENCY_AGREEMENT);
        assertThat(task(agency)).hasCandidateGroup("officer:zone-22").isNotAssigned();
    }

    @Test
    void theDecisionTableChoosesTheProceduresAndEachOneBeforeTheStartIsHandledAtOnceByTheSpecialist() {
        ProcessInstance agency = entrust();
        signAgreement(agency);

        Assertions.assertThat(decided).singleElement().asList().containsExactlyInAnyOrder("PROJECT_FILING",
                "LAND_USE", "PLANNING_PERMIT", "CONSTRUCTION_PERMIT", "COMPLETION_ACCEPTANCE", "FIRE_ACCEPTANCE");
        assertThat(agency).isWaitingAt(Activities.HANDLE_PROCEDURES_BEFORE_START, Activities.PROJECT_STARTED);
        Assertions.assertThat(collectTasks()).hasSize(2).allSatisfy(task ->
                Assertions.assertThat(task.getAssignee()).isEqualTo("officer.jinzhong"));
    }

    @Test
    void theProceduresBeforeProductionStartWhenTheProjectStartsAndTheAgencyEndsWhenAllAreClosed() {
        ProcessInstance agency = entrust();
        signAgreement(agency);

        engine.getRuntimeService().createMessageCorrelation(AgencyProcess.PROJECT_STARTED_MESSAGE)
                .processInstanceBusinessKey(CODE).correlateAllWithResult();
        assertThat(agency).isWaitingAt(Activities.HANDLE_PROCEDURES_BEFORE_START,
                Activities.HANDLE_PROCEDURES_BEFORE_PRODUCTION);
        Assertions.assertThat(collectTasks()).hasSize(3);

        while (!collectTasks().isEmpty()) {
            closeProcedure(collectTasks().get(0));
        }
        assertThat(agency).isEnded().hasPassed(Activities.AGENCY_COMPLETED).hasNotPassed(Activities.KEEP_COMMITMENT);
    }

    @Test
    void proceduresPlannedUnderCommitmentBringTheDualCommitmentAlongsideAndTheAgencyWaitsForItsEnd() {
        anyCommitted = true;
        alreadyStarted = true;
        ProcessInstance agency = entrust();
        signAgreement(agency);

        assertThat(agency).isWaitingAt(Activities.HANDLE_PROCEDURES_BEFORE_START,
                Activities.HANDLE_PROCEDURES_BEFORE_PRODUCTION, Activities.KEEP_COMMITMENT);
        ProcessInstance commitment = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(CommitmentProcess.PROCESS_KEY).processInstanceBusinessKey(CODE).singleResult();
        assertThat(commitment).isWaitingAt(CommitmentProcess.Activities.SIGN_COMMITMENTS);
        assertThat(task(commitment)).isAssignedTo("officer.jinzhong");

        while (!collectTasks().isEmpty()) {
            closeProcedure(collectTasks().get(0));
        }
        assertThat(agency).isNotEnded();
    }

    @Test
    void aProjectThatStartedBeforeItsProceduresWerePlannedGoesStraightToThoseBeforeProduction() {
        alreadyStarted = true;
        ProcessInstance agency = entrust();
        signAgreement(agency);

        assertThat(agency).isWaitingAt(Activities.HANDLE_PROCEDURES_BEFORE_START,
                Activities.HANDLE_PROCEDURES_BEFORE_PRODUCTION).hasNotPassed(Activities.PROJECT_STARTED);
        Assertions.assertThat(collectTasks()).hasSize(3);
    }

    private void closeProcedure(Task collect) {
        String instance = collect.getProcessInstanceId();
        engine.getTaskService().complete(collect.getId());
        engine.getTaskService().complete(taskOf(instance).getId());
        engine.getTaskService().complete(taskOf(instance).getId(),
                withVariables(ProcedureHandling.Variables.DEPARTMENT_APPROVED, true));
    }

    private Task taskOf(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }
}
