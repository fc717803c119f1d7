package cn.zoneflow.domain.model.warning;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a year's investment stands against its plan, in per cent of the year's planned total: the share the months
 * counted so far plan (序时进度) and the share completed in them.
 */
public record InvestmentPace(BigDecimal scheduled, BigDecimal completed) {

    /** Per cents are kept to two decimals, as bulletins print them. */
    public static final int SCALE = 2;

    public InvestmentPace {
        scheduled = scheduled.setScale(SCALE, RoundingMode.HALF_UP);
        completed = completed.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The percentage points the completed share is behind the scheduled one; negative when ahead. */
    public BigDecimal pointsBehind() {
        return scheduled.subtract(completed);
    }
}
