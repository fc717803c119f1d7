package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import org.assertj.core.api.Assertions;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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

@Deployment(resources = {ProjectLifecycle.RESOURCE, StageMoveApprovals.RESOURCE})
class ProjectLifecycleTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final Date DUE = Date.from(Instant.parse("2026-12-04T15:59:59Z"));

    /** 1 March 2027, 09:00 in Beijing: when an evaluation returned as not yet is made again. */
    private static final Date REEVALUATION = Date.from(Instant.parse("2027-03-01T01:00:00Z"));

    /** The stage the record step reaches with each approved move, in order; 开工 when none is left. */
    private final Deque<String> stageAfterMove = new ArrayDeque<>();
    private int recordedMoves;
    /** The steps that start and end the work of a stage, in the order they ran. */
    private final List<String> stageWork = new ArrayList<>();

    @BeforeEach
    void registerRecordStep() {
        JavaDelegate recordStageMove = execution -> {
            recordedMoves++;
            String reached = stageAfterMove.isEmpty() ? "STARTED" : stageAfterMove.pop();
            execution.setVariable(Variables.REACHED_STAGE, reached);
            execution.setVariable(Variables.EFFECTIVE, reached.equals("EFFECTIVE"));
            execution.setVariable(Variables.PRODUCING, reached.equals("PRODUCING"));
        };
        Mocks.register("recordStageMoveDelegate", recordStageMove);
        Mocks.register("startPreProductionAgencyDelegate",
                (JavaDelegate) execution -> stageWork.add(Activities.START_PRE_PRODUCTION_AGENCY));
        Mocks.register("startMonthlyReportingDelegate",
                (JavaDelegate) execution -> stageWork.add(Activities.START_MONTHLY_REPORTING));
        Mocks.register("stopMonthlyReportingDelegate",
                (JavaDelegate) execution -> stageWork.add(Activities.STOP_MONTHLY_REPORTING));
        TaskListener assignDeadline = task -> task.setDueDate(DUE);
        Mocks.register("assignDeadlineListener", assignDeadline);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private ProcessInstance startFor(long projectId) {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY, "2024-140700-44-01-000001",
                withVariables(Variables.PROJECT_ID, projectId, Variables.OFFICER_GROUP, "officer:zone-22",
                        Variables.MANAGER_GROUP, "manager:zone-22", Variables.CITY_GROUP, "supervisor:city-140700",
                        Variables.PRODUCING, false));
    }

    /** A project imported past 签约, as registration starts it: it waits for its next move. */
    private ProcessInstance importedAt(boolean producing) {
        return engine.getRuntimeService().createProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY)
                .businessKey("2024-140700-44-01-000002")
                .setVariables(withVariables(Variables.PROJECT_ID, 2L, Variables.OFFICER_GROUP, "officer:zone-22",
                        Variables.MANAGER_GROUP, "manager:zone-22", Variables.PRODUCING, producing))
                .startBeforeActivity(Activities.NEXT_STEP)
                .execute();
    }

    /** The zone manager's approval, with the facts the decision on a second approval reads. */
    private static Map<String, Object> zoneApproval(double totalInvestment, boolean strategicEmerging) {
        return zoneApproval("STARTED", totalInvestment, strategicEmerging);
    }

    private static Map<String, Object> zoneApproval(String requestedStage, double totalInvestment,
            boolean strategicEmerging) {
        return withVariables(Variables.APPROVED, true, StageMoveApprovals.Inputs.REQUESTED_STAGE, requestedStage,
                StageMoveApprovals.Inputs.TOTAL_INVESTMENT, totalInvestment,
                StageMoveApprovals.Inputs.STRATEGIC_EMERGING, strategicEmerging);
    }

    @Test
    void offersTheStageMoveRequestToTheZonesOfficers() {
        ProcessInstance lifecycle = startFor(1L);

        assertThat(lifecycle).isWaitingAt(Activities.REQUEST_STAGE_MOVE);
        assertThat(task(lifecycle)).hasCandidateGroup("officer:zone-22").isNotAssigned();
    }

    @Test
    void aProjectImportedPastSigningEntersAtTheRequestForItsNextMoveWithoutPassingRegistration() {
        ProcessInstance lifecycle = importedAt(false);

        assertThat(lifecycle).isWaitingAt(Activities.REQUEST_STAGE_MOVE).hasNotPassed(Activities.PROJECT_REGISTERED);
        assertThat(task(lifecycle)).hasCandidateGroup("officer:zone-22").hasDueDate(DUE);
    }

    @Test
    void aProjectImportedInProductionEntersAtItsEffectivenessEvaluation() {
        ProcessInstance lifecycle = importedAt(true);

        assertThat(lifecycle).isWaitingAt(Activities.EVALUATE_OUTPUT).hasNotPassed(Activities.REQUEST_STAGE_MOVE);
        assertThat(task(lifecycle)).hasCandidateGroup("officer:zone-22").hasDueDate(DUE);
    }

    @Test
    void anEvaluationReturnedAsNotYetEffectiveIsMadeAgainWhenItsTimeComes() {
        ProcessInstance lifecycle = importedAt(true);
        complete(task(lifecycle));
        assertThat(lifecycle).isWaitingAt(Activities.APPROVE_STAGE_MOVE);

        complete(task(lifecycle), withVariables(Variables.APPROVED, false, Variables.REEVALUATE_AT, REEVALUATION));

        assertThat(lifecycle).isWaitingAt(Activities.REEVALUATION_DUE).hasNotPassed(Activities.REQUEST_STAGE_MOVE);
        assertThat(job(Activities.REEVALUATION_DUE, lifecycle)).hasDueDate(REEVALUATION);
        execute(job(Activities.REEVALUATION_DUE, lifecycle));
        assertThat(lifecycle).isWaitingAt(Activities.EVALUATE_OUTPUT);
        Assertions.assertThat(recordedMoves).isZero();
    }

    @Test
    void givesEveryTaskItsDeadlineWhenItIsCreated() {
        ProcessInstance lifecycle = startFor(1L);
        assertThat(task(lifecycle)).hasDueDate(DUE);

        complete(task(lifecycle));
        assertThat(task(lifecycle)).hasDueDate(DUE);
    }

    @Test
    void sendsTheRequestToTheZonesManagersForApproval() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));

        assertThat(lifecycle).isWaitingAt(Activities.APPROVE_STAGE_MOVE);
        assertThat(task(lifecycle)).hasCandidateGroup("manager:zone-22");
    }

    @Test
    void recordsAnApprovedMoveAndWaitsForTheNextRequest() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval(45000, false));

        assertThat(lifecycle).hasPassed(Activities.RECORD_STAGE_MOVE).isWaitingAt(Activities.REQUEST_STAGE_MOVE);
        Assertions.assertThat(recordedMoves).isEqualTo(1);
    }

    @Test
    void returnsARequestToTheOfficerWithoutRecordingAMove() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), withVariables(Variables.APPROVED, false));

        assertThat(lifecycle).isWaitingAt(Activities.REQUEST_STAGE_MOVE).hasNotPassed(Activities.RECORD_STAGE_MOVE);
        Assertions.assertThat(recordedMoves).isZero();
    }

    @Test
    void onceProducingTheRequestIsTheEvaluationAndTheLifecycleEndsWhenTheZoneFindsTheProjectEffective() {
        stageAfterMove.addAll(List.of("STARTED", "PRODUCING", "EFFECTIVE"));
        ProcessInstance lifecycle = startFor(1L);
        for (int move = 0; move < 2; move++) {
            complete(task(lifecycle));
            complete(task(lifecycle), zoneApproval(150000, false));
            complete(task(lifecycle), withVariables(Variables.APPROVED, true));
        }
        assertThat(lifecycle).isWaitingAt(Activities.EVALUATE_OUTPUT);

        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval("EFFECTIVE", 150000, false));

        assertThat(lifecycle).isEnded().hasPassed(Activities.PROJECT_COMPLETED)
                .hasNotPassed(Activities.REEVALUATION_DUE);
        Assertions.assertThat(recordedMoves).isEqualTo(3);
        Assertions.assertThat(stageWork).containsExactly(Activities.START_PRE_PRODUCTION_AGENCY,
                Activities.START_MONTHLY_REPORTING, Activities.STOP_MONTHLY_REPORTING);
    }

    @Test
    void reachingStartedBeginsTheProceduresBeforeProductionAndTheMonthlyReporting() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval(45000, false));

        assertThat(lifecycle).hasPassedInOrder(Activities.RECORD_STAGE_MOVE, Activities.STAGE_REACHED,
                Activities.START_PRE_PRODUCTION_AGENCY, Activities.START_MONTHLY_REPORTING,
                Activities.STAGE_WORK_ARRANGED).isWaitingAt(Activities.REQUEST_STAGE_MOVE);
        Assertions.assertThat(stageWork).containsExactly(Activities.START_PRE_PRODUCTION_AGENCY,
                Activities.START_MONTHLY_REPORTING);
    }

    @Test
    void aReserveProjectReachingSignedHasNoProceduresOrReportingToStartYet() {
        stageAfterMove.add("SIGNED");
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval("SIGNED", 20000, false));

        assertThat(lifecycle).hasPassed(Activities.RECORD_STAGE_MOVE, Activities.STAGE_WORK_ARRANGED)
                .isWaitingAt(Activities.REQUEST_STAGE_MOVE);
        Assertions.assertThat(stageWork).isEmpty();
    }

    @Test
    void aTenBillionProjectGoesToTheCityAfterTheZoneApprovedItAndIsRecordedOnlyThen() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval(100000, false));

        assertThat(lifecycle).isWaitingAt(Activities.APPROVE_STAGE_MOVE_AT_CITY).hasNotPassed(Activities.RECORD_STAGE_MOVE);
        assertThat(task(lifecycle)).hasCandidateGroup("supervisor:city-140700").hasDueDate(DUE);
        complete(task(lifecycle), withVariables(Variables.APPROVED, true));

        assertThat(lifecycle).hasPassed(Activities.RECORD_STAGE_MOVE).isWaitingAt(Activities.REQUEST_STAGE_MOVE);
        Assertions.assertThat(recordedMoves).isEqualTo(1);
    }

    @Test
    void theCityReturnsAMoveTheZoneApprovedToTheOfficer() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval(60000, true));
        assertThat(lifecycle).isWaitingAt(Activities.APPROVE_STAGE_MOVE_AT_CITY);

        complete(task(lifecycle), withVariables(Variables.APPROVED, false));

        assertThat(lifecycle).isWaitingAt(Activities.REQUEST_STAGE_MOVE).hasNotPassed(Activities.RECORD_STAGE_MOVE);
        Assertions.assertThat(recordedMoves).isZero();
    }

    @Test
    void aSmallerProjectNeedsOnlyTheZonesApproval() {
        ProcessInstance lifecycle = startFor(1L);
        complete(task(lifecycle));
        complete(task(lifecycle), zoneApproval(99999.99, false));

        assertThat(lifecycle).hasPassed(Activities.DECIDE_APPROVAL_LEVEL, Activities.RECORD_STAGE_MOVE)
                .hasNotPassed(Activities.APPROVE_STAGE_MOVE_AT_CITY);
    }
}
