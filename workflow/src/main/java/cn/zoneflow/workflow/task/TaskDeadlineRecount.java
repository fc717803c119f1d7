package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.calendar.CalendarChanged;
import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.calendar.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasks created while the calendar lacked the year their limit reached into have no deadline; once the year is
 * published each gets the one it would have had, counted from the day it was created, in the publication's own
 * transaction. Without this they would never turn overdue and no supervisor would hear of them.
 */
@ApplicationScoped
public class TaskDeadlineRecount {

    private static final Logger LOG = Logger.getLogger(TaskDeadlineRecount.class.getName());

    @Inject
    private TaskService taskService;

    @Inject
    private StepDeadlines stepDeadlines;

    void recount(@Observes CalendarChanged change) {
        int counted = 0;
        for (Task task : taskService.createTaskQuery().withoutDueDate()
                .taskDefinitionKeyIn(stepDeadlines.withLimit().toArray(String[]::new)).list()) {
            Optional<Deadline> deadline = deadlineOf(task);
            if (deadline.isPresent()) {
                task.setDueDate(TaskDeadline.endOf(deadline.get().due()));
                task.setFollowUpDate(TaskDeadline.startOf(deadline.get().nearFrom()));
                taskService.saveTask(task);
                counted++;
            }
        }
        int recounted = counted;
        LOG.info(() -> "calendar of " + change.year() + " published: " + recounted + " task deadlines counted");
    }

    private Optional<Deadline> deadlineOf(Task task) {
        try {
            return stepDeadlines.of(task.getTaskDefinitionKey(), TaskDeadline.day(task.getCreateTime()),
                    name -> taskService.getVariable(task.getId(), name));
        } catch (CalendarYearMissingException stillMissing) {
            return Optional.empty();
        }
    }
}
