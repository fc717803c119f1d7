package cn.zoneflow.workflow.task;

/**
 * Someone else changed the task while this user acted on it (two people completing, claiming or handing it over at
 * once): the engine refused the later change and nothing of it was kept. The user looks again and decides.
 */
public class TaskChangedMeanwhileException extends RuntimeException {

    public TaskChangedMeanwhileException(Throwable engineRefusal) {
        super("the task was changed by someone else meanwhile", engineRefusal);
    }
}
