package cn.zoneflow.workflow.task;

/** Someone else holds the task: they claimed it first, or it was given to them. */
public class TaskTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String holder;

    public TaskTakenException(String taskId, String holder) {
        super("task " + taskId + " is held by " + holder);
        this.holder = holder;
    }

    /** The user name of whoever holds the task. */
    public String holder() {
        return holder;
    }
}
