package cn.zoneflow.domain.model.plan;

import cn.zoneflow.domain.model.shared.Amount;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.YearMonth;

/** The investment one version of a plan sets for one month, in 万元. */
@Embeddable
public class PlannedMonth {

    /** The first day of the month, as {@code monthly_investment} keeps it. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "amount", nullable = false, precision = 18, scale = Amount.SCALE)
    private Amount amount;

    protected PlannedMonth() {
    }

    PlannedMonth(YearMonth month, Amount amount) {
        this.monthStart = month.atDay(1);
        this.amount = amount;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public Amount amount() {
        return amount;
    }
}
