package cn.zoneflow.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.ImportedProjectsStart;
import cn.zoneflow.processes.OverdueSweep;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's history kept as ZoneFlow configures it: ten years for every project's process and decision, thirty days
 * for the hourly sweep, and cleared by the engine's cleanup job at night.
 */
class HistoryRetentionTest {

    private static final int TEN_YEARS = 3650;
    private static final int THIRTY_DAYS = 30;
    /** A year's last evening, Beijing time: the night's window and thirty days later both fall in another year. */
    private static final Instant NOW = Instant.parse("2026-12-31T12:00:00Z");

    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:zoneflow-workflow-history");
        configuration.setCustomHistoryLevels(List.of(ZoneflowHistoryLevel.INSTANCE));
        configuration.setHistory(ZoneflowHistoryLevel.NAME);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("zoneflow-workflow-history");
        configuration.setExpressionManager(new MockExpressionManager());
        HistoryRetention.applyTo(configuration);
        engine = configuration.buildProcessEngine();
        Stream.of("raiseOverdueNoticesDelegate", "raiseStallNoticesDelegate", "remindNearDeadlinesDelegate",
                "remindCommitmentsDueDelegate", "recountWarningsDelegate", "resendEnterpriseMailDelegate").forEach(name -> Mocks.register(name, (JavaDelegate) execution -> { }));
        var deployment = engine.getRepositoryService().createDeployment();
        ProcessEngineBootstrap.PROCESS_RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    @AfterEach
    void stopEngine() {
        Mocks.reset();
        ClockUtil.reset();
        engine.close();
    }

    @Test
    void everyProjectProcessAndDecisionKeepsItsHistoryTenYearsAndTheSweepAndTheImportsBatchesThirtyDays() {
        Map<String, Integer> processes = engine.getRepositoryService().createProcessDefinitionQuery().list().stream()
                .collect(Collectors.toMap(definition -> definition.getKey(),
                        definition -> definition.getHistoryTimeToLive()));
        Map<String, Integer> decisions = engine.getRepositoryService().createDecisionDefinitionQuery().list().stream()
                .collect(Collectors.toMap(definition -> definition.getKey(),
                        definition -> definition.getHistoryTimeToLive()));

        assertThat(processes).hasSizeGreaterThanOrEqualTo(9).containsEntry(OverdueSweep.PROCESS_KEY, THIRTY_DAYS);
        Set<String> leavingNothingToLookBackOn = Set.of(OverdueSweep.PROCESS_KEY, ImportedProjectsStart.PROCESS_KEY);
        processes.forEach((key, days) -> assertThat(days).as(key)
                .isEqualTo(leavingNothingToLookBackOn.contains(key) ? THIRTY_DAYS : TEN_YEARS));
        assertThat(decisions).isNotEmpty().allSatisfy((key, days) -> assertThat(days).as(key).isEqualTo(TEN_YEARS));
    }

    @Test
    void theCleanupJobRunsAtNightAndRemovesASweepsHistoryThirtyDaysAfterItRan() {
        Job cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0);
        LocalTime due = cleanup.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
        assertThat(due).isBetween(LocalTime.parse(HistoryRetention.WINDOW_START),
                LocalTime.parse(HistoryRetention.WINDOW_END));

        Job sweepTimer = engine.getManagementService().createJobQuery()
                .processDefinitionKey(OverdueSweep.PROCESS_KEY).timers().singleResult();
        engine.getManagementService().executeJob(sweepTimer.getId());
        Stream.of(OverdueSweep.Activities.RECOUNT_WARNINGS, OverdueSweep.Activities.RESEND_ENTERPRISE_MAIL)
                .forEach(step -> engine.getManagementService().executeJob(engine.getManagementService()
                        .createJobQuery().processDefinitionKey(OverdueSweep.PROCESS_KEY).activityId(step)
                        .singleResult().getId()));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(OverdueSweep.PROCESS_KEY).finished().count()).isEqualTo(1);

        cleanUpHistoryAfter(Duration.ofDays(THIRTY_DAYS - 1));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(OverdueSweep.PROCESS_KEY).count()).as("twenty-nine days later").isEqualTo(1);
        cleanUpHistoryAfter(Duration.ofDays(THIRTY_DAYS + 1));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(OverdueSweep.PROCESS_KEY).count()).as("thirty-one days later").isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processDefinitionId(sweepTimer.getProcessDefinitionId()).count()).isZero();
    }

    /** Moves the engine's clock on and runs the cleanup at once, as the night's job would. */
    private void cleanUpHistoryAfter(Duration later) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(later)));
        Job now = engine.getHistoryService().cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(now.getId());
    }
}
