package cn.zoneflow.domain.model.shared;

/**
 * A value a user entered breaks a rule of the domain. Carries a message key (resolved in the user's
 * language by the screens and the API, bundle {@code ValidationMessages}) and the rejected value, so the
 * domain never formats text for people.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String messageKey;
    private final String rejectedValue;

    public InvalidValueException(String messageKey, String rejectedValue) {
        super(messageKey + ": " + rejectedValue);
        this.messageKey = messageKey;
        this.rejectedValue = rejectedValue;
    }

    public String messageKey() {
        return messageKey;
    }

    public String rejectedValue() {
        return rejectedValue;
    }
}
