package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.processes.ProjectLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What working on any step starts with: the task must be the actor's to see and of the expected kind, and nobody
 * else's; a task still unclaimed becomes theirs. Text fields are checked alike on every step, and a step is
 * completed and audited alike.
 */
@ApplicationScoped
public class TaskSteps {

    public static final int TEXT_MAX_LENGTH = 1000;

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private EngineIdentity identity;

    @Inject
    private TaskAudit audit;

    /**
     * @param steps the kinds of step the action fits
     * @throws TaskTakenException when someone else holds it
     */
    public Task take(Actor actor, String taskId, String... steps) {
        Task task = inbox.visibleTask(actor, taskId);
        if (!List.of(steps).contains(task.getTaskDefinitionKey())) {
            throw new TaskInputException("task", "task.wrongStep");
        }
        if (task.getAssignee() != null && !actor.username().equals(task.getAssignee())) {
            throw new TaskTakenException(task.getId(), task.getAssignee());
        }
        if (task.getAssignee() == null) {
            TaskClaims.claimAs(identity, taskService, actor, task);
        }
        return task;
    }

    /** The domain project a task is about: every ZoneFlow process carries its id. */
    public long projectOf(Task task) {
        return (Long) taskService.getVariable(task.getId(), ProjectLifecycle.Variables.PROJECT_ID);
    }

    /** Completes the step as the actor, with the variables it hands on, recorded in the audit trail. */
    public void complete(Actor actor, Task task, AuditAction action, Map<String, Object> variables) {
        audit.record(action, task);
        inEngine(actor, task, action, () -> taskService.complete(task.getId(), variables));
    }

    /**
     * Runs the actor's completion of the step in the engine. When the engine fails it (a delegate refuses, another
     * user's change wins) the rollback takes the step's audit entry along, so the failed attempt is recorded apart.
     */
    public void inEngine(Actor actor, Task task, AuditAction action, Runnable completion) {
        String projectCode = audit.projectCodeOf(task);
        try {
            identity.as(actor, completion);
        } catch (RuntimeException failure) {
            audit.recordFailedAfterRollback(action, projectCode, task, failure);
            throw failure;
        }
    }

    public static String requiredText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new TaskInputException(field, "task.field.required");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new TaskInputException(field, "task.field.tooLong");
        }
        TypedText.problemOf(stripped).ifPresent(problem -> {
            throw new TaskInputException(field, problem);
        });
        return stripped;
    }

    public static String requiredText(String field, String text) {
        return requiredText(field, text, TEXT_MAX_LENGTH);
    }
}
