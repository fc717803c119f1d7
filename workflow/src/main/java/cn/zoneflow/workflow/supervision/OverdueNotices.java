package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.application.SupervisionService.OverdueTask;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.processes.MonthlyProgress;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.task.TaskDeadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Finds the project work past its deadline — stage moves, the agency, procedures, monthly reports — and has a notice raised for each
 * task that has none: the escalation at 100 % of the time. Notices themselves escalate in their own process.
 */
@ApplicationScoped
public class OverdueNotices {

    /** Notices raised per sweep at most; the rest wait for the next hour rather than make one huge transaction. */
    static final int MAX_PER_SWEEP = 200;
    private static final Logger LOG = Logger.getLogger(OverdueNotices.class.getName());

    @Inject
    private TaskService taskService;

    @Inject
    private SupervisionService supervision;

    /** @return how many notices were raised */
    @Transactional
    public int raise() {
        List<Task> overdue = taskService.createTaskQuery().active()
                .dueBefore(ClockUtil.getCurrentTime())
                .processDefinitionKeyIn(ProjectLifecycle.PROCESS_KEY, AgencyProcess.PROCESS_KEY,
                        ProcedureHandling.PROCESS_KEY, MonthlyProgress.PROCESS_KEY, CommitmentProcess.PROCESS_KEY)
                .orderByDueDate().asc()
                .listPage(0, MAX_PER_SWEEP);
        int raised = supervision.raiseForOverdueTasks(overdue.stream()
                .map(task -> new OverdueTask(task.getId(), task.getName(),
                        (Long) taskService.getVariable(task.getId(), Variables.PROJECT_ID), task.getAssignee(),
                        TaskDeadline.day(task.getDueDate())))
                .toList());
        if (raised > 0) {
            LOG.info(() -> "Overdue sweep: " + raised + " supervision notices raised");
        }
        return raised;
    }
}
