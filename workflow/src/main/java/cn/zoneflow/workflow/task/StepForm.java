package cn.zoneflow.workflow.task;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A kind of human step as its users meet it: the task key its BPMN gives it, the page it is worked on, and the
 * fields it takes — which the API lists for clients and completes from, by the same names the screens report
 * refused fields under — and the working days it is due within, where a plain rule sets them.
 *
 * @param page the screen's path without its extension, e.g. {@code /task/request-stage-move}
 * @param workingDays the working days from the day the step begins to its deadline; none where the step has no
 *     limit or its limit comes from elsewhere (a procedure's statutory days, the day a notice or a rectification
 *     sets)
 */
public record StepForm(String taskKey, String page, List<Field> fields, OptionalInt workingDays) {

    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    public StepForm(String taskKey, String page, List<Field> fields) {
        this(taskKey, page, fields, OptionalInt.empty());
    }

    /** The same step, due the given working days after the day it begins. */
    public StepForm dueWithin(int days) {
        return new StepForm(taskKey, page, fields, OptionalInt.of(days));
    }

    /** A field a step takes: its name, kind (text, choice, date, month, amount, decimal), whether required, choices. */
    public record Field(String name, String type, boolean required, List<String> choices) {

        public static Field text(String name, boolean required) {
            return new Field(name, "text", required, List.of());
        }

        public static Field of(String name, String type, boolean required) {
            return new Field(name, type, required, List.of());
        }

        /** The required {@code decision} between two values. */
        public static Field decision(String yes, String no) {
            return new Field(DECISION, "choice", true, List.of(yes, no));
        }
    }

    /** Runs the branch the {@code decision} field chose between its two values. */
    public static void decide(Map<String, String> fields, String yesValue, String noValue, Runnable yes, Runnable no) {
        String decision = fields.get(DECISION);
        if (yesValue.equals(decision)) {
            yes.run();
        } else if (noValue.equals(decision)) {
            no.run();
        } else {
            throw new TaskInputException(DECISION, decision == null ? "task.field.required" : "task.decision.unknown");
        }
    }
}
