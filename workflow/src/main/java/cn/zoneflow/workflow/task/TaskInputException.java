package cn.zoneflow.workflow.task;

/**
 * A task was completed with a field missing or wrong. Names the field and a message key of the bundle
 * {@code ValidationMessages}; the task stays open and unchanged.
 */
public class TaskInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TaskInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
