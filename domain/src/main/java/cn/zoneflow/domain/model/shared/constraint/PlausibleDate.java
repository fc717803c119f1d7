package cn.zoneflow.domain.model.shared.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A day within the years ZoneFlow takes ({@link cn.zoneflow.domain.model.shared.InputReader#EARLIEST_DATE} to
 * {@link cn.zoneflow.domain.model.shared.InputReader#LATEST_DATE}); beyond them it is a slip of the keyboard.
 */
@Constraint(validatedBy = PlausibleDateValidator.class)
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface PlausibleDate {

    String message() default "{date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
