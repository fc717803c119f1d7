package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.shared.InputReader;
import java.time.LocalDate;

/**
 * Which activities a follow-up rate follows (those held from {@code from} to {@code to}, both included) and the
 * day their projects' stages are judged on ({@code asOf}: today, or a day in the past to see a rate as it stood).
 */
public record RatePeriod(LocalDate from, LocalDate to, LocalDate asOf) {

    /**
     * The period a reader typed; without {@code from} it starts on the first of January of {@code to}'s year, without
     * {@code to} it ends on {@code asOf}, which is today unless given.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each wrong field
     */
    public static RatePeriod read(String from, String to, String asOf, LocalDate today) {
        InputReader reader = new InputReader();
        LocalDate judgedOn = reader.date("asOf", asOf, false);
        LocalDate last = reader.date("to", to, false);
        LocalDate first = reader.date("from", from, false);
        LocalDate checkedAsOf = judgedOn == null ? today : judgedOn;
        LocalDate checkedTo = last == null ? checkedAsOf : last;
        LocalDate checkedFrom = first == null ? checkedTo.withDayOfYear(1) : first;
        if (checkedFrom.isAfter(checkedTo)) {
            reader.reject("from", "period.fromAfterTo", from);
        }
        reader.finish();
        return new RatePeriod(checkedFrom, checkedTo, checkedAsOf);
    }
}
