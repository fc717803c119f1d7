package cn.zoneflow.domain.model.annualtarget;

import cn.zoneflow.domain.model.warning.Light;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One indicator of a place against its year's target: the figure so far, last year's on the same day, how much of
 * the target it makes (counts and amounts) and how many percentage points it stands behind where it should be —
 * 序时进度 for counts and amounts, the target itself for rates — and the light that earns. Without a target, or
 * without a figure (a rate with nothing to count), there is no light.
 *
 * @param target null when none was set
 * @param actual null for a rate with nothing to count yet
 * @param lastYear null where last year is not compared (rates)
 * @param completion per cent of the target reached, for counts and amounts with a target
 * @param pointsBehind percentage points behind (negative when ahead); null without a light
 * @param light null without a target or a figure
 */
public record TargetProgress(TargetIndicator indicator, BigDecimal target, long targetVersion, BigDecimal actual,
        BigDecimal lastYear, BigDecimal completion, BigDecimal pointsBehind, Light light) implements Serializable {

    /** 序时进度 on a day: the share of its year elapsed by the day's end, in per cent to two decimals. */
    public static BigDecimal scheduleOn(LocalDate day) {
        return BigDecimal.valueOf(day.getDayOfYear()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(day.lengthOfYear()), 2, RoundingMode.HALF_UP);
    }

    /**
     * @param target null when none was set
     * @param schedule 序时进度 in per cent
     */
    public static TargetProgress judge(TargetIndicator indicator, AnnualTarget target, BigDecimal actual,
            BigDecimal lastYear, BigDecimal schedule, TargetRule rule) {
        if (target == null || actual == null) {
            return new TargetProgress(indicator, target == null ? null : target.value(),
                    target == null ? -1 : target.version(), actual, lastYear, null, null, null);
        }
        BigDecimal completion = null;
        BigDecimal behind;
        if (indicator.isCumulative()) {
            completion = target.value().signum() == 0 ? BigDecimal.valueOf(100).setScale(2)
                    : TargetRule.percent(actual, target.value());
            behind = schedule.subtract(completion);
        } else {
            behind = target.value().subtract(actual);
        }
        boolean belowLastYear = lastYear != null && actual.compareTo(lastYear) < 0;
        return new TargetProgress(indicator, target.value(), target.version(), actual, lastYear, completion, behind,
                rule.judge(behind, belowLastYear));
    }
}
