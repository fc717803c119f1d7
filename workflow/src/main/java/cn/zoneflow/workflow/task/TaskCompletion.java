package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Completes any kind of task from the fields a form or an API client sends, in the step's own home, which checks
 * them exactly as the screens do.
 */
@ApplicationScoped
public class TaskCompletion {

    @Inject
    private StepHomes homes;

    @Inject
    private TaskInbox inbox;

    /**
     * @throws TaskAlreadyCompletedException when someone completed it first, also when both had started at once and
     *     the other's completion committed while this one was on its way
     */
    public void complete(Actor actor, String taskId, Map<String, String> fields) {
        String step = inbox.visibleTask(actor, taskId).getTaskDefinitionKey();
        StepHome home = homes.homeOf(step).orElseThrow(() -> new TaskInputException("task", "task.wrongStep"));
        try {
            home.complete(actor, taskId, step, fields);
        } catch (RuntimeException failure) {
            // wrong input is the user's to correct, whoever completed the task; only other failures can be a lost race
            boolean wrongInput = failure instanceof TaskInputException || failure instanceof InvalidInputException;
            if (!wrongInput && inbox.wasTheirsAndIsCompleted(actor, taskId)) {
                TaskAlreadyCompletedException completed = new TaskAlreadyCompletedException(taskId);
                completed.initCause(failure);
                throw completed;
            }
            throw failure;
        }
    }
}
