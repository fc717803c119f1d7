package cn.zoneflow.domain.model.shared.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a user typed: no longer than {@link #max()} characters and free of what {@link
 * cn.zoneflow.domain.model.shared.TypedText} forbids. No text at all passes; add {@link Required} when it must be
 * there.
 */
@Constraint(validatedBy = PlainTextValidator.class)
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface PlainText {

    int max();

    String message() default "{field.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
