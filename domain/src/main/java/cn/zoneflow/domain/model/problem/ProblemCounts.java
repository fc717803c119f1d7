package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.report.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A place's or a category's problems raised during a period: how many, how many of them were solved by its end, how
 * many are open past their deadline today, and the working days the solved ones took (those the calendar could
 * count).
 */
public record ProblemCounts(long raised, long solved, long overdue, long solvingDays, long solvedCounted) {

    public static final ProblemCounts NONE = new ProblemCounts(0, 0, 0, 0, 0);

    public ProblemCounts plus(ProblemCounts other) {
        return new ProblemCounts(raised + other.raised, solved + other.solved, overdue + other.overdue,
                solvingDays + other.solvingDays, solvedCounted + other.solvedCounted);
    }

    /** Raised during the period and not solved by its end. */
    public long open() {
        return raised - solved;
    }

    /** 办结率: of the problems raised, those solved. */
    public Ratio solvedRate() {
        return Ratio.of(solved, raised);
    }

    /** The average working days from raising to solving, to one decimal; none when none was solved. */
    public BigDecimal averageSolvingDays() {
        return solvedCounted == 0 ? null
                : BigDecimal.valueOf(solvingDays).divide(BigDecimal.valueOf(solvedCounted), 1, RoundingMode.HALF_UP);
    }
}
