package cn.zoneflow.domain.model.shared.constraint;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A field the user must fill in; commands hold an empty text as no value. */
@NotNull
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface Required {

    String message() default "{field.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
