package cn.zoneflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = OverdueSweep.RESOURCE)
class OverdueSweepTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void sweepsOverdueTasksStalledProjectsNearDeadlinesCommitmentsWarningsAndUnsentMailEveryHour() {
        AtomicInteger sweeps = new AtomicInteger();
        AtomicInteger stallSweeps = new AtomicInteger();
        AtomicInteger reminders = new AtomicInteger();
        AtomicInteger commitmentReminders = new AtomicInteger();
        AtomicInteger recounts = new AtomicInteger();
        AtomicInteger resent = new AtomicInteger();
        Mocks.register("raiseOverdueNoticesDelegate", (JavaDelegate) execution -> sweeps.incrementAndGet());
        Mocks.register("raiseStallNoticesDelegate", (JavaDelegate) execution -> stallSweeps.incrementAndGet());
        Mocks.register("remindNearDeadlinesDelegate", (JavaDelegate) execution -> reminders.incrementAndGet());
        Mocks.register("remindCommitmentsDueDelegate",
                (JavaDelegate) execution -> commitmentReminders.incrementAndGet());
        Mocks.register("recountWarningsDelegate", (JavaDelegate) execution -> recounts.incrementAndGet());
        Mocks.register("resendEnterpriseMailDelegate", (JavaDelegate) execution -> resent.incrementAndGet());
        Job first = engine.getManagementService().createJobQuery().processDefinitionKey(OverdueSweep.PROCESS_KEY)
                .singleResult();

        ClockUtil.setCurrentTime(first.getDuedate());
        engine.getManagementService().executeJob(first.getId());

        assertThat(sweeps).hasValue(1);
        assertThat(stallSweeps).hasValue(1);
        assertThat(reminders).hasValue(1);
        assertThat(commitmentReminders).hasValue(1);
        assertThat(recounts).as("the lights are judged in a job of their own, after the notices are kept").hasValue(0);
        Job recount = engine.getManagementService().createJobQuery().processDefinitionKey(OverdueSweep.PROCESS_KEY)
                .activityId(OverdueSweep.Activities.RECOUNT_WARNINGS).singleResult();
        engine.getManagementService().executeJob(recount.getId());
        assertThat(recounts).hasValue(1);
        assertThat(resent).as("mail waits for a job of its own: a mail server down holds up no light").hasValue(0);
        Job resend = engine.getManagementService().createJobQuery().processDefinitionKey(OverdueSweep.PROCESS_KEY)
                .activityId(OverdueSweep.Activities.RESEND_ENTERPRISE_MAIL).singleResult();
        engine.getManagementService().executeJob(resend.getId());
        assertThat(resent).hasValue(1);
        Job next = engine.getManagementService().createJobQuery().processDefinitionKey(OverdueSweep.PROCESS_KEY)
                .singleResult();
        assertThat(next.getDuedate()).isAfter(first.getDuedate());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(OverdueSweep.PROCESS_KEY).finished().count()).isEqualTo(1);
    }
}
