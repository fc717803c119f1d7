package cn.zoneflow.workflow.task;

/**
 * A task was completed with a field missing or wrong. Names the field and a message key of the bundle
 * {@code ValidationMessages}; the task stays open and unchanged.
 */
public class TaskInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final String detail;

    public TaskInputException(String field, String messageKey) {
        this(field, messageKey, "");
    }

    /** @param detail what the message is about, e.g. the procedures still open; shown after the message */
    public TaskInputException(String field, String messageKey, String detail) {
        super(field + ": " + messageKey + " " + detail);
        this.field = field;
        this.messageKey = messageKey;
        this.detail = detail;
    }

    public String detail() {
        return detail;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
