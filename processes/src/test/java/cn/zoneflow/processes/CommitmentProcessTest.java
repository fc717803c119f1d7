package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.CommitmentProcess.Activities;
import cn.zoneflow.processes.CommitmentProcess.Variables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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

@Deployment(resources = CommitmentProcess.RESOURCE)
class CommitmentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final String CODE = "2026-140700-44-01-000011";
    /** The promised day, 1 June 2027, 09:00 in Beijing. */
    private static final Date PROMISED = Date.from(Instant.parse("2027-06-01T01:00:00Z"));

    private final List<Long> breaches = new ArrayList<>();
    private final List<String> rectificationDeadlines = new ArrayList<>();
    private final List<Long> withdrawn = new ArrayList<>();

    @BeforeEach
    void registerSteps() {
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
        Mocks.register("rectificationDeadlineListener",
                (TaskListener) task -> rectificationDeadlines.add(task.getTaskDefinitionKey()));
        Mocks.register("recordBreachDelegate",
                (JavaDelegate) execution -> breaches.add((Long) execution.getVariable(Variables.PROJECT_ID)));
        Mocks.register("withdrawZoneSignatureDelegate",
                (JavaDelegate) execution -> withdrawn.add((Long) execution.getVariable(Variables.PROJECT_ID)));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    private ProcessInstance signed() {
        ProcessInstance commitment = engine.getRuntimeService().startProcessInstanceByKey(
                CommitmentProcess.PROCESS_KEY, CODE, withVariables(Variables.PROJECT_ID, 11L,
                        Variables.OFFICER_GROUP, "officer:zone-22", Variables.SPECIALIST, "officer.jinzhong",
                        Variables.CITY_GROUP, "supervisor:city-140700"));
        assertThat(commitment).isWaitingAt(Activities.SIGN_COMMITMENTS);
        assertThat(task(commitment)).isAssignedTo("officer.jinzhong");
        complete(task(commitment), withVariables(Variables.VERIFICATION_DUE_AT, PROMISED,
                Variables.SIGNED_ON_LINE, false));
        assertThat(commitment).isWaitingAt(Activities.PROMISED_DATE_REACHED)
                .hasNotPassed(Activities.ENTERPRISE_SIGNS_COMMITMENT);
        return commitment;
    }

    private void promisedDayComes(ProcessInstance commitment) {
        assertThat(commitment).isWaitingAt(Activities.PROMISED_DATE_REACHED);
        assertThat(job(Activities.PROMISED_DATE_REACHED, commitment)).hasDueDate(PROMISED);
        execute(job(Activities.PROMISED_DATE_REACHED, commitment));
        assertThat(commitment).isWaitingAt(Activities.VERIFY_COMMITMENT);
        assertThat(task(commitment)).isAssignedTo("officer.jinzhong");
    }

    /** The zone signs on line: the enterprise's step waits on the portal, due to lapse on the promised morning. */
    private ProcessInstance signedOnLineByTheZone() {
        ProcessInstance commitment = engine.getRuntimeService().startProcessInstanceByKey(
                CommitmentProcess.PROCESS_KEY, CODE, withVariables(Variables.PROJECT_ID, 11L,
                        Variables.OFFICER_GROUP, "officer:zone-22", Variables.SPECIALIST, "officer.jinzhong",
                        Variables.CITY_GROUP, "supervisor:city-140700"));
        complete(task(commitment), withVariables(Variables.VERIFICATION_DUE_AT, PROMISED,
                Variables.SIGNED_ON_LINE, true, Variables.ENTERPRISE_GROUP, "enterprise:credit-91140700MA0KXXXX1A"));
        assertThat(commitment).isWaitingAt(Activities.ENTERPRISE_SIGNS_COMMITMENT);
        assertThat(task(commitment)).hasCandidateGroup("enterprise:credit-91140700MA0KXXXX1A").isNotAssigned();
        assertThat(job(Activities.SIGNING_LAPSED, commitment)).hasDueDate(PROMISED);
        return commitment;
    }

    @Test
    void signedOnLineByTheZoneItWaitsForTheEnterpriseToSignOnThePortalBeforeThePromisedDayCounts() {
        ProcessInstance commitment = signedOnLineByTheZone();

        complete(task(commitment), withVariables(Variables.ENTERPRISE_SIGNED, true));

        promisedDayComes(commitment);
        assertThat(commitment).hasNotPassed(Activities.WITHDRAW_ZONE_SIGNATURE);
    }

    @Test
    void anEnterpriseThatDeclinesToSignSendsTheCommitmentBackToTheOfficerToAgreeAnew() {
        ProcessInstance commitment = signedOnLineByTheZone();

        complete(task(commitment), withVariables(Variables.ENTERPRISE_SIGNED, false));

        assertThat(commitment).isWaitingAt(Activities.SIGN_COMMITMENTS).hasNotPassed(Activities.PROMISED_DATE_REACHED);
        assertThat(task(commitment)).isAssignedTo("officer.jinzhong");
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(commitment.getId())
                .list()).as("no lapse left waiting").isEmpty();
        complete(task(commitment), withVariables(Variables.VERIFICATION_DUE_AT, PROMISED,
                Variables.SIGNED_ON_LINE, false));
        promisedDayComes(commitment);
    }

    @Test
    void aSignatureNotGivenByThePromisedMorningLapsesAndTheOfficerAgreesANewDate() {
        ProcessInstance commitment = signedOnLineByTheZone();

        execute(job(Activities.SIGNING_LAPSED, commitment));

        Assertions.assertThat(withdrawn).containsExactly(11L);
        assertThat(commitment).hasPassed(Activities.WITHDRAW_ZONE_SIGNATURE).isWaitingAt(Activities.SIGN_COMMITMENTS)
                .hasNotPassed(Activities.PROMISED_DATE_REACHED);
        Assertions.assertThat(taskService().createTaskQuery().processInstanceId(commitment.getId())
                .taskDefinitionKey(Activities.ENTERPRISE_SIGNS_COMMITMENT).count()).as("the portal's step is gone")
                .isZero();
        Date later = Date.from(Instant.parse("2027-09-01T01:00:00Z"));
        complete(task(commitment), withVariables(Variables.VERIFICATION_DUE_AT, later, Variables.SIGNED_ON_LINE, true,
                Variables.ENTERPRISE_GROUP, "enterprise:credit-91140700MA0KXXXX1A"));
        assertThat(job(Activities.SIGNING_LAPSED, commitment)).hasDueDate(later);
    }

    @Test
    void theSpecialistVerifiesAtThePromisedDayAndAKeptCommitmentEndsThere() {
        ProcessInstance commitment = signed();
        promisedDayComes(commitment);

        complete(task(commitment), withVariables(Variables.KEPT, true));

        assertThat(commitment).isEnded().hasPassed(Activities.COMMITMENT_KEPT)
                .hasNotPassed(Activities.RECTIFY_COMMITMENT);
    }

    @Test
    void aCommitmentNotKeptIsRectifiedByItsOwnDeadlineAndEndsWhenRectified() {
        ProcessInstance commitment = signed();
        promisedDayComes(commitment);

        complete(task(commitment), withVariables(Variables.KEPT, false));
        assertThat(commitment).isWaitingAt(Activities.RECTIFY_COMMITMENT);
        Assertions.assertThat(rectificationDeadlines).containsExactly(Activities.RECTIFY_COMMITMENT);

        complete(task(commitment), withVariables(Variables.RECTIFIED, true));
        assertThat(commitment).isEnded().hasPassed(Activities.RECTIFIED).hasNotPassed(Activities.RECORD_BREACH);
        Assertions.assertThat(breaches).isEmpty();
    }

    @Test
    void aCommitmentStillNotKeptIsABreachTheCitysSupervisorsDealWith() {
        ProcessInstance commitment = signed();
        promisedDayComes(commitment);
        complete(task(commitment), withVariables(Variables.KEPT, false));

        complete(task(commitment), withVariables(Variables.RECTIFIED, false));

        Assertions.assertThat(breaches).containsExactly(11L);
        assertThat(commitment).isWaitingAt(Activities.REVIEW_BREACH);
        assertThat(task(commitment)).hasCandidateGroup("supervisor:city-140700").isNotAssigned();
        complete(task(commitment));
        assertThat(commitment).isEnded().hasPassed(Activities.BREACH_HANDLED);
    }
}
