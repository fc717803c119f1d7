package cn.zoneflow.domain.model.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with one input, field by field, gathered so that a user learns of every wrong field at once;
 * {@link #finish()} refuses the input when anything is.
 */
public class Refusals {

    private final List<FieldError> errors = new ArrayList<>();

    public Refusals() {
    }

    /** Starts from what the edge could not read (see {@link ReadCommand}). */
    public Refusals(List<FieldError> earlier) {
        errors.addAll(earlier);
    }

    /** Records a problem with a field, found by reading it or by a rule across fields. */
    public void reject(String field, String messageKey, String rejectedValue) {
        errors.add(new FieldError(field, messageKey, rejectedValue == null ? "" : rejectedValue));
    }

    /**
     * Records a problem unless the field is already refused: a value the edge could not read is missing from the
     * command, and saying it is also required would only repeat the first problem less precisely.
     */
    public void rejectUnlessRefused(String field, String messageKey, String rejectedValue) {
        if (!refuses(field)) {
            reject(field, messageKey, rejectedValue);
        }
    }

    public boolean refuses(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** @throws InvalidInputException listing every problem found */
    public void finish() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
