package cn.zoneflow.domain.model.warning;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A project behind its plan. For a planned date: how far (whole months past it, 0 while it is not yet passed) and
 * how bad. For the investment plan: the day its 序时进度 was counted to (the end of the last month counted) and the
 * pace, the months late being 0.
 *
 * @param pace null for a planned date's warning
 */
public record Warning(WarningKind kind, Light light, LocalDate planned, int monthsLate, InvestmentPace pace) {

    /** A planned date's warning. */
    public Warning(WarningKind kind, Light light, LocalDate planned, int monthsLate) {
        this(kind, light, planned, monthsLate, null);
    }

    public Optional<InvestmentPace> investmentPace() {
        return Optional.ofNullable(pace);
    }
}
