package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.shared.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate as the bulletins print it, kept with what it was computed from: a count of projects or an amount in 万元
 * over another. The percent is rounded half-up to two decimals and absent when there is nothing to divide by, so a
 * reader sees "—", never NaN.
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final Ratio NONE = new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);

    public Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public static Ratio of(Amount numerator, Amount denominator) {
        return new Ratio(numerator.wan(), denominator.wan());
    }

    /** @return the rate in percent, two decimals; null when the denominator is zero */
    public BigDecimal percent() {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** Two places' ratios as one, e.g. the zones of a city: numerators and denominators added, never the percents. */
    public Ratio plus(Ratio other) {
        return new Ratio(numerator.add(other.numerator), denominator.add(other.denominator));
    }
}
