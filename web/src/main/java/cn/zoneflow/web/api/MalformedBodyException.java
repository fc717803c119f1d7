package cn.zoneflow.web.api;

/**
 * A request body the API cannot read as the JSON object a write call takes: cut off, empty, not an object, too
 * deep, with a number no amount could be, or too large. Refused before any of it reaches the domain.
 */
public class MalformedBodyException extends RuntimeException {

    /** Why, as the message key's last part: {@code api.problem.body.<reason>}. */
    public enum Reason { MALFORMED, EMPTY, NOT_AN_OBJECT, TOO_DEEP, NUMBER_TOO_LONG, TOO_LARGE }

    private final Reason reason;
    private final transient Object[] arguments;

    public MalformedBodyException(Reason reason, Object... arguments) {
        super(reason.name());
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
