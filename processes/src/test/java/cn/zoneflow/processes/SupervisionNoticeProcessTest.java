package cn.zoneflow.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.zoneflow.processes.SupervisionNoticeProcess.Activities;
import cn.zoneflow.processes.SupervisionNoticeProcess.Variables;
import java.time.Instant;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = SupervisionNoticeProcess.RESOURCE)
class SupervisionNoticeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final Instant ISSUED = Instant.parse("2026-12-01T02:00:00Z");
    /** The end of 3 Dec 2026 in Beijing. */
    private static final Date DEADLINE = Date.from(Instant.parse("2026-12-03T15:59:59Z"));

    private final List<Object> escalated = new ArrayList<>();

    @BeforeEach
    void registerSteps() {
        ClockUtil.setCurrentTime(Date.from(ISSUED));
        Mocks.register("noticeDeadlineListener", (TaskListener) task -> task.setDueDate(DEADLINE));
        Mocks.register("assignDeadlineListener", (TaskListener) task -> { });
        Mocks.register("escalateNoticeDelegate", (JavaDelegate) execution -> {
            escalated.add(execution.getVariable(Variables.NOTICE_ID));
            execution.setVariable(Variables.FOLLOW_UP_NEEDED, escalated.size() == 1);
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance issue(String addressee, String followUpAssignee) {
        Map<String, Object> variables = new HashMap<>(withVariables(Variables.NOTICE_ID, 7L, Variables.PROJECT_ID, 1L,
                Variables.OFFICER_GROUP, "officer:zone-22", Variables.NOTICE_OVERDUE_CYCLE,
                "R/" + DEADLINE.toInstant() + "/P1D",
                Variables.FOLLOW_UP_GROUP, "supervisor:city-140700"));
        variables.put(Variables.ADDRESSEE, addressee);
        variables.put(Variables.FOLLOW_UP_ASSIGNEE, followUpAssignee);
        return engine.getRuntimeService().startProcessInstanceByKey(SupervisionNoticeProcess.PROCESS_KEY,
                "2026-140700-44-01-000001", variables);
    }

    private Task taskAt(ProcessInstance notice, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceId(notice.getId()).taskDefinitionKey(step)
                .singleResult();
    }

    @Test
    void theAddresseeAnswersWithinTheDeadlineAndNothingIsEscalated() {
        ProcessInstance notice = issue("officer.jinzhong", "supervisor.jinzhong");

        assertThat(notice).isWaitingAt(Activities.ANSWER_NOTICE);
        Assertions.assertThat(taskAt(notice, Activities.ANSWER_NOTICE).getAssignee()).isEqualTo("officer.jinzhong");
        complete(taskAt(notice, Activities.ANSWER_NOTICE));

        assertThat(notice).isEnded().hasPassed(Activities.NOTICE_ANSWERED).hasNotPassed(Activities.ESCALATE_NOTICE);
    }

    @Test
    void aNoticeToTheZoneIsOfferedToItsOfficers() {
        ProcessInstance notice = issue(null, null);

        assertThat(taskAt(notice, Activities.ANSWER_NOTICE)).isNotAssigned().hasCandidateGroup("officer:zone-22");
    }

    @Test
    void pastTheDeadlineTheNoticeIsEscalatedToItsIssuerWhileTheAnswerStaysOpen() {
        ProcessInstance notice = issue("officer.jinzhong", "supervisor.jinzhong");

        ClockUtil.setCurrentTime(Date.from(DEADLINE.toInstant().plusSeconds(60)));
        execute(job(Activities.NOTICE_OVERDUE, notice));

        Assertions.assertThat(escalated).containsExactly(7L);
        assertThat(notice).isWaitingAt(Activities.ANSWER_NOTICE, Activities.FOLLOW_UP_NOTICE);
        Assertions.assertThat(taskAt(notice, Activities.FOLLOW_UP_NOTICE).getAssignee())
                .isEqualTo("supervisor.jinzhong");
        complete(taskAt(notice, Activities.ANSWER_NOTICE));
        complete(taskAt(notice, Activities.FOLLOW_UP_NOTICE));
        assertThat(notice).isEnded().hasPassed(Activities.NOTICE_ANSWERED, Activities.NOTICE_FOLLOWED_UP);
    }

    @Test
    void aSweptNoticeIsFollowedUpByTheCitysSupervisors() {
        ProcessInstance notice = issue("officer.jinzhong", null);
        execute(job(Activities.NOTICE_OVERDUE, notice));

        assertThat(taskAt(notice, Activities.FOLLOW_UP_NOTICE)).isNotAssigned()
                .hasCandidateGroup("supervisor:city-140700");
    }

    @Test
    void aNoticeStillUnansweredIsEscalatedAgainEachDayWithoutASecondFollowUp() {
        ProcessInstance notice = issue("officer.jinzhong", "supervisor.jinzhong");
        ClockUtil.setCurrentTime(DEADLINE);
        execute(job(Activities.NOTICE_OVERDUE, notice));

        Job next = job(Activities.NOTICE_OVERDUE, notice);
        Date dayAfter = Date.from(DEADLINE.toInstant().plus(Duration.ofDays(1)));
        assertThat(next).hasDueDate(dayAfter);
        ClockUtil.setCurrentTime(dayAfter);
        execute(next);

        Assertions.assertThat(escalated).containsExactly(7L, 7L);
        assertThat(notice).hasPassed(Activities.ESCALATED_AGAIN)
                .isWaitingAt(Activities.ANSWER_NOTICE, Activities.FOLLOW_UP_NOTICE);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(notice.getId())
                .taskDefinitionKey(Activities.FOLLOW_UP_NOTICE).count()).isEqualTo(1);
    }
}
