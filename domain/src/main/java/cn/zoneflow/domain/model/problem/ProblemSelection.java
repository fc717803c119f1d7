package cn.zoneflow.domain.model.problem;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The problems behind one figure of 问题办理: raised from {@code from} to {@code to}, of one category or any (null), in
 * the given state as of {@code asOf}.
 */
public record ProblemSelection(String categoryCode, ProblemState state, LocalDate from, LocalDate to,
        LocalDate asOf) {

    public ProblemSelection {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
    }
}
