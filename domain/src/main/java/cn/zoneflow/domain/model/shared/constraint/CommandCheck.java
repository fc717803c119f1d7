package cn.zoneflow.domain.model.shared.constraint;

import cn.zoneflow.domain.model.shared.Refusals;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a command's field rules (its constraints, and those of the records it holds with {@link Valid}) and
 * records each violation under the field's own name, in the order the command declares its fields, skipping a
 * field the edge already refused.
 */
public final class CommandCheck {

    private CommandCheck() {
    }

    /** Built once: a validator factory is costly and thread-safe. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    public static void check(Object command, Refusals into) {
        List<String> order = fieldsOf(command.getClass());
        Holder.VALIDATOR.validate(command).stream()
                .sorted(Comparator.comparingInt(violation -> order.indexOf(fieldOf(violation))))
                .forEach(violation -> into.rejectUnlessRefused(fieldOf(violation),
                        messageKey(violation.getMessageTemplate()), rejectedValue(violation.getInvalidValue())));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field;
    }

    /** The command's fields, the fields of a record it holds for validation standing in its place. */
    private static List<String> fieldsOf(Class<?> command) {
        List<String> fields = new ArrayList<>();
        if (!command.isRecord()) {
            return fields;
        }
        for (RecordComponent component : command.getRecordComponents()) {
            boolean cascaded = component.getType().isRecord() && fieldHasValid(command, component);
            if (cascaded) {
                fields.addAll(fieldsOf(component.getType()));
            } else {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    private static boolean fieldHasValid(Class<?> command, RecordComponent component) {
        try {
            return command.getDeclaredField(component.getName()).isAnnotationPresent(Valid.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record has a field for each component", e);
        }
    }

    private static String messageKey(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }

    private static String rejectedValue(Object value) {
        return value == null ? "" : value.toString();
    }
}
