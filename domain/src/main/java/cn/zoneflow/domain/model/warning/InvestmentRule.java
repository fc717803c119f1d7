package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.Refusals;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * How the year's investment against its monthly plan turns a project yellow and red, as the system administrator
 * sets it (default from practice: 10 to 30 percentage points behind 序时进度 is yellow, more than 30 red). 序时进度
 * counts the months that have ended: on a month's last day that month is not yet due, on the next day it is.
 */
@Entity
@Table(name = "investment_warning_rule")
public class InvestmentRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "yellow_points", nullable = false)
    private int yellowPoints;

    @Column(name = "red_points", nullable = false)
    private int redPoints;

    @Column(name = "notice_on_red", nullable = false)
    private boolean noticeOnRed;

    @Version
    @Column(name = "version")
    private long version;

    protected InvestmentRule() {
    }

    public InvestmentRule(int yellowPoints, int redPoints, boolean noticeOnRed) {
        this.id = 1;
        change(yellowPoints, redPoints, noticeOnRed);
    }

    /**
     * @throws InvalidInputException naming {@code yellowPoints} outside 1–99 and {@code redPoints} not beyond
     *     yellow or above 100
     */
    public final void change(int yellowPoints, int redPoints, boolean noticeOnRed) {
        Refusals refusals = new Refusals();
        if (yellowPoints < 1 || yellowPoints > 99) {
            refusals.reject("yellowPoints", "investmentRule.yellowPoints", Integer.toString(yellowPoints));
        } else if (redPoints <= yellowPoints || redPoints > 100) {
            refusals.reject("redPoints", "investmentRule.redPoints", Integer.toString(redPoints));
        }
        refusals.finish();
        this.yellowPoints = yellowPoints;
        this.redPoints = redPoints;
        this.noticeOnRed = noticeOnRed;
    }

    /**
     * The project's investment warning on the day, if it is behind enough.
     *
     * @param completed what the project completed in this year's months that have ended
     */
    public Optional<Warning> judge(YearPlan plan, Amount completed, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        BigDecimal total = plan.total().wan();
        BigDecimal due = plan.plannedBefore(month).wan();
        if (total.signum() == 0 || due.signum() == 0 || month.getYear() != plan.year().getValue()) {
            return Optional.empty();
        }
        InvestmentPace pace = new InvestmentPace(share(due, total), share(completed.wan(), total));
        BigDecimal behind = pace.pointsBehind();
        Light light = behind.compareTo(BigDecimal.valueOf(redPoints)) > 0 ? Light.RED
                : behind.compareTo(BigDecimal.valueOf(yellowPoints)) >= 0 ? Light.YELLOW : Light.GREEN;
        return light == Light.GREEN ? Optional.empty()
                : Optional.of(new Warning(WarningKind.INVESTMENT, light, month.minusMonths(1).atEndOfMonth(), 0,
                        pace));
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return part.multiply(HUNDRED).divide(total, InvestmentPace.SCALE, RoundingMode.HALF_UP);
    }

    public int yellowPoints() {
        return yellowPoints;
    }

    public int redPoints() {
        return redPoints;
    }

    public boolean noticeOnRed() {
        return noticeOnRed;
    }

    public long version() {
        return version;
    }
}
