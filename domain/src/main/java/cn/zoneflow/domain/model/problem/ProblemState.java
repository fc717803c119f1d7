package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Locale;

/**
 * Which of the problems raised in a period a figure of 问题办理 counts, so that a count opens the very problems behind
 * it: all raised, those solved by the period's end, those not solved by then, those open past their deadline today.
 */
public enum ProblemState {
    RAISED,
    SOLVED,
    OPEN,
    OVERDUE;

    /**
     * The state as an address writes it, e.g. {@code overdue}.
     *
     * @throws InvalidValueException naming the text for anything else
     */
    public static ProblemState parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problemState.unknown", text);
        }
    }

    /** How an address writes it. */
    public String written() {
        return name().toLowerCase(Locale.ROOT);
    }
}
