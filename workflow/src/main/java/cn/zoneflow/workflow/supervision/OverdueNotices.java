package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService.OverdueTask;
import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.processes.MonthlyProgress;
import cn.zoneflow.processes.ProblemProcess;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.workflow.engine.WorkflowClock;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Finds the project work past its deadline — stage moves, the agency, procedures, monthly reports, problems the zone
 * has not accepted or solved in time — and has a notice raised for each
 * task that has none: the escalation at 100 % of the time. Notices themselves escalate in their own process.
 */
@ApplicationScoped
public class OverdueNotices {

    /** Notices raised per sweep at most; the rest wait for the next hour rather than make one huge transaction. */
    static final int MAX_PER_SWEEP = 200;
    /**
     * Overdue tasks read at a time. Tasks noticed in earlier sweeps stay overdue until done, so the sweep reads on
     * past them: a zone with hundreds of noticed tasks must not hide the one that became overdue today.
     */
    static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(OverdueNotices.class.getName());

    private TaskService taskService;
    private SupervisionService supervision;
    private WorkflowClock clock;

    OverdueNotices() {
        // for the container's proxy
    }

    @Inject
    OverdueNotices(TaskService taskService, SupervisionService supervision, WorkflowClock clock) {
        this.taskService = taskService;
        this.supervision = supervision;
        this.clock = clock;
    }

    /** @return how many notices were raised */
    @Transactional
    public int raise() {
        Date now = clock.now();
        int raised = 0;
        for (int first = 0; raised < MAX_PER_SWEEP; first += PAGE) {
            List<Task> page = overdueAt(now).listPage(first, PAGE);
            Map<String, Task> byId = page.stream().collect(Collectors.toMap(Task::getId, task -> task));
            List<OverdueTask> fresh = supervision.withoutNotice(page.stream().map(Task::getId).toList()).stream()
                    .limit(MAX_PER_SWEEP - raised)
                    .map(byId::get)
                    .map(task -> new OverdueTask(task.getId(), task.getName(),
                            (Long) taskService.getVariable(task.getId(), Variables.PROJECT_ID), task.getAssignee(),
                            TaskDeadline.day(task.getDueDate())))
                    .toList();
            raised += supervision.raiseForOverdueTasks(fresh);
            if (page.size() < PAGE) {
                break;
            }
        }
        int total = raised;
        if (total > 0) {
            LOG.info(() -> "Overdue sweep: " + total + " supervision notices raised");
        }
        return total;
    }

    private TaskQuery overdueAt(Date now) {
        // a problem's zone steps are the zone's work like any other; the city's and the province's are their own
        return taskService.createTaskQuery().active()
                .dueBefore(now)
                .or()
                .processDefinitionKeyIn(ProjectLifecycle.PROCESS_KEY, AgencyProcess.PROCESS_KEY,
                        ProcedureHandling.PROCESS_KEY, MonthlyProgress.PROCESS_KEY, CommitmentProcess.PROCESS_KEY)
                .taskDefinitionKeyIn(ProblemProcess.Activities.ACCEPT_PROBLEM, ProblemProcess.Activities.HANDLE_PROBLEM)
                .endOr()
                .orderByDueDate().asc()
                .orderByTaskId().asc();
    }
}
