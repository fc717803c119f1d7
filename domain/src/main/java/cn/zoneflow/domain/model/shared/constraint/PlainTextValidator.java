package cn.zoneflow.domain.model.shared.constraint;

import cn.zoneflow.domain.model.shared.TypedText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link PlainText}: the length first, then the characters, each with its own message. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private int max;

    @Override
    public void initialize(PlainText annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        if (text.length() > max) {
            return false;
        }
        Optional<String> problem = TypedText.problemOf(text);
        problem.ifPresent(key -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
