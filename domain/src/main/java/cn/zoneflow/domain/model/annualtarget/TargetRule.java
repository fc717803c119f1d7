package cn.zoneflow.domain.model.annualtarget;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.warning.Light;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a zone's progress against a target turns yellow and red, as the system administrator sets it (default: behind
 * 序时进度, or below a rate's target, is yellow; more than 10 points behind, or below last year's figure on the same
 * day, red).
 */
@Entity
@Table(name = "target_rule")
public class TargetRule {

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "red_margin_points", nullable = false)
    private int redMarginPoints;

    @Column(name = "red_below_last_year", nullable = false)
    private boolean redBelowLastYear;

    @Version
    @Column(name = "version")
    private long version;

    protected TargetRule() {
    }

    public TargetRule(int redMarginPoints, boolean redBelowLastYear) {
        this.id = 1;
        change(redMarginPoints, redBelowLastYear);
    }

    /** @throws InvalidInputException naming {@code redMarginPoints} outside 1–100 */
    public final void change(int redMarginPoints, boolean redBelowLastYear) {
        if (redMarginPoints < 1 || redMarginPoints > 100) {
            throw InvalidInputException.of("redMarginPoints", "targetRule.redMarginPoints",
                    Integer.toString(redMarginPoints));
        }
        this.redMarginPoints = redMarginPoints;
        this.redBelowLastYear = redBelowLastYear;
    }

    /**
     * The light of a progress: how many percentage points it is behind where it should be (序时进度 for a count or an
     * amount, the target for a rate) and whether it stands below last year's figure on the same day.
     */
    public Light judge(BigDecimal pointsBehind, boolean belowLastYear) {
        if (pointsBehind.compareTo(BigDecimal.valueOf(redMarginPoints)) > 0 || redBelowLastYear && belowLastYear) {
            return Light.RED;
        }
        return pointsBehind.signum() > 0 ? Light.YELLOW : Light.GREEN;
    }

    /** Per cent of a whole, to two decimals as bulletins print it. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public int redMarginPoints() {
        return redMarginPoints;
    }

    public boolean redBelowLastYear() {
        return redBelowLastYear;
    }

    public long version() {
        return version;
    }
}
