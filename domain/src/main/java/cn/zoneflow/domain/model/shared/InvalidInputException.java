package cn.zoneflow.domain.model.shared;

import java.util.List;

/**
 * An input was refused and nothing was written. Lists every field that is wrong, so a user can fix them all
 * at once.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, String rejectedValue) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, rejectedValue)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
