package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.workflow.engine.WorkflowClock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives every new task its due date in working days (and the day it turns near due, as the engine's follow-up
 * date, so both are queryable). When the calendar lacks a year the task is still created, without a deadline,
 * and the gap is reported: guessing Monday–Friday would set wrong deadlines silently.
 */
@Named("assignDeadlineListener")
@Dependent
public class AssignDeadlineListener implements TaskListener {

    private static final Logger LOG = Logger.getLogger(AssignDeadlineListener.class.getName());

    @Inject
    private StepDeadlines stepDeadlines;

    @Inject
    private WorkflowClock clock;

    @Override
    public void notify(DelegateTask task) {
        LocalDate today = clock.today();
        try {
            stepDeadlines.of(task.getTaskDefinitionKey(), today, task::getVariable).ifPresent(deadline -> {
                task.setDueDate(TaskDeadline.endOf(deadline.due()));
                task.setFollowUpDate(TaskDeadline.startOf(deadline.nearFrom()));
            });
        } catch (CalendarYearMissingException e) {
            LOG.severe(() -> "Task '" + task.getName() + "' of " + task.getProcessInstanceId()
                    + " has no deadline: " + e.getMessage());
        }
    }
}
