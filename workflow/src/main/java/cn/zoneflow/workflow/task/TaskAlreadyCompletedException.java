package cn.zoneflow.workflow.task;

import java.util.NoSuchElementException;

/**
 * A task the user could act on is no longer open: it was completed, usually by someone else a moment before. It is
 * still no task to act on (hence a kind of {@link NoSuchElementException}), but the user is told why.
 */
public class TaskAlreadyCompletedException extends NoSuchElementException {

    public TaskAlreadyCompletedException(String taskId) {
        super("task " + taskId + " is already completed");
    }
}
