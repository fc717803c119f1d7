package cn.zoneflow.domain.model.shared;

/** One thing wrong with an input: which field, why (a key of {@code ValidationMessages}) and what was given. */
public record FieldError(String field, String messageKey, String rejectedValue) {
}
