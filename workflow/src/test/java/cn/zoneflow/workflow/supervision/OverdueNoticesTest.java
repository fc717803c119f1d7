package cn.zoneflow.workflow.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.application.SupervisionService.OverdueTask;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.workflow.engine.WorkflowClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hourly sweep on an engine: which late tasks get a notice, and how many in one sweep. */
class OverdueNoticesTest {

    private static ProcessEngine engine;

    private final NoticesGiven notices = new NoticesGiven();
    private OverdueNotices sweep;

    @BeforeAll
    static void startEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:zoneflow-workflow-sweep;DB_CLOSE_DELAY=1000");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("zoneflow-workflow-sweep");
        engine = configuration.buildProcessEngine();
        // only the key matters to the sweep: a project waiting in one step of its lifecycle
        engine.getRepositoryService().createDeployment().addModelInstance("lifecycle.bpmn",
                Bpmn.createExecutableProcess(ProjectLifecycle.PROCESS_KEY).startEvent()
                        .userTask(ProjectLifecycle.Activities.REQUEST_STAGE_MOVE).endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    /** Thursday 3 December 2026, 10:00 in Beijing: the sweep's "now"; every due date is set from it. */
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    @BeforeEach
    void newSweep() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance -> engine.getRuntimeService()
                .deleteProcessInstance(instance.getId(), "next test"));
        sweep = new OverdueNotices(engine.getTaskService(), notices, new WorkflowClock());
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void taskLateSinceTodayIsNoticedThoughHundredsLateLongerHadNoticesAlready() {
        List<Task> late = lateTasks(OverdueNotices.MAX_PER_SWEEP + 30);
        notices.given.addAll(late.subList(0, OverdueNotices.MAX_PER_SWEEP + 20).stream().map(Task::getId).toList());

        int raised = sweep.raise();

        assertThat(raised).isEqualTo(10);
        assertThat(notices.raisedFor).containsExactlyElementsOf(late.subList(OverdueNotices.MAX_PER_SWEEP + 20,
                late.size()).stream().map(Task::getId).toList());
    }

    @Test
    void oneSweepRaisesAtMostItsShareAndTheNextOneTheRestOnce() {
        lateTasks(OverdueNotices.MAX_PER_SWEEP + 30);

        assertThat(sweep.raise()).isEqualTo(OverdueNotices.MAX_PER_SWEEP);
        assertThat(sweep.raise()).isEqualTo(30);
        assertThat(sweep.raise()).isZero();
        assertThat(new HashSet<>(notices.raisedFor)).hasSize(OverdueNotices.MAX_PER_SWEEP + 30);
    }

    /** Tasks of as many projects, each due a day later than the one before, the last of them yesterday. */
    private static List<Task> lateTasks(int count) {
        TaskService tasks = engine.getTaskService();
        List<Task> late = new ArrayList<>();
        LocalDate firstDue = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(count);
        for (int project = 0; project < count; project++) {
            String instance = engine.getRuntimeService().startProcessInstanceByKey(ProjectLifecycle.PROCESS_KEY,
                    Map.of(ProjectLifecycle.Variables.PROJECT_ID, (long) project)).getId();
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            task.setDueDate(Date.from(firstDue.plusDays(project).atStartOfDay(ZoneOffset.UTC).toInstant()));
            tasks.saveTask(task);
            late.add(task);
        }
        return late;
    }

    /** The notices already given, by task; raising one records it there. */
    private static final class NoticesGiven extends SupervisionService {

        private final Set<String> given = new HashSet<>();
        private final List<String> raisedFor = new ArrayList<>();

        @Override
        public List<String> withoutNotice(List<String> taskIds) {
            return taskIds.stream().filter(task -> !given.contains(task)).toList();
        }

        @Override
        public int raiseForOverdueTasks(List<OverdueTask> overdue) {
            overdue.forEach(task -> {
                given.add(task.taskId());
                raisedFor.add(task.taskId());
            });
            return overdue.size();
        }
    }
}
