package cn.zoneflow.domain.model.activity;

import cn.zoneflow.domain.model.shared.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures the bulletins print for one batch (of one city, or added up): how many projects, their total
 * investment and expected annual output, the 战新 projects (count and share of investment), the projects of
 * 1亿 and more by size (1–5亿, 5–10亿, 10亿 and more; a bucket includes its lower bound) and the industries covered.
 */
public record BatchFigures(
        Batch batch,
        long projects,
        Amount totalInvestment,
        Amount expectedAnnualOutput,
        long strategicEmerging,
        Amount strategicEmergingInvestment,
        long from1To5Yi,
        long from5To10Yi,
        long from10Yi,
        Set<String> industries) {

    public static BatchFigures empty(Batch batch) {
        return new BatchFigures(batch, 0, Amount.ZERO, Amount.ZERO, 0, Amount.ZERO, 0, 0, 0, Set.of());
    }

    public BatchFigures {
        industries = Collections.unmodifiableSortedSet(new TreeSet<>(industries));
    }

    public long atLeast1Yi() {
        return from1To5Yi + from5To10Yi + from10Yi;
    }

    /** 战新 investment over total investment, in percent rounded half-up to two decimals; null without investment. */
    public BigDecimal strategicEmergingSharePercent() {
        if (totalInvestment.wan().signum() == 0) {
            return null;
        }
        return strategicEmergingInvestment.wan().multiply(BigDecimal.valueOf(100))
                .divide(totalInvestment.wan(), 2, RoundingMode.HALF_UP);
    }

    /** These figures and another's together, e.g. two cities' 开工一批, or a city's three batches (batch null). */
    public BatchFigures plus(BatchFigures other) {
        Set<String> both = new TreeSet<>(industries);
        both.addAll(other.industries);
        return new BatchFigures(batch == other.batch ? batch : null, projects + other.projects,
                totalInvestment.plus(other.totalInvestment), expectedAnnualOutput.plus(other.expectedAnnualOutput),
                strategicEmerging + other.strategicEmerging,
                strategicEmergingInvestment.plus(other.strategicEmergingInvestment), from1To5Yi + other.from1To5Yi,
                from5To10Yi + other.from5To10Yi, from10Yi + other.from10Yi, both);
    }
}
