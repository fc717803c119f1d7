package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How a planned date turns a project yellow and red, as the system administrator sets it (defaults from practice in
 * Chinese cities: a start planned this month and not made is yellow, three months past it red; a production date
 * passed is yellow, three months past it red), and whether turning red sends the zone a 督办 notice by itself.
 */
@Entity
@Table(name = "warning_rule")
public class WarningRule {

    public static final int MAX_RED_AFTER_MONTHS = 36;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private WarningKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "yellow_from", nullable = false, length = 20)
    private YellowFrom yellowFrom;

    @Column(name = "red_after_months", nullable = false)
    private int redAfterMonths;

    @Column(name = "notice_on_red", nullable = false)
    private boolean noticeOnRed;

    @Version
    @Column(name = "version")
    private long version;

    protected WarningRule() {
    }

    public WarningRule(WarningKind kind, YellowFrom yellowFrom, int redAfterMonths, boolean noticeOnRed) {
        this.kind = kind;
        change(yellowFrom, redAfterMonths, noticeOnRed);
    }

    /**
     * @throws InvalidInputException naming {@code redAfterMonths} when red would not come after yellow (at least one
     *     month past the planned date) or beyond three years
     */
    public final void change(YellowFrom yellowFrom, int redAfterMonths, boolean noticeOnRed) {
        if (redAfterMonths < 1 || redAfterMonths > MAX_RED_AFTER_MONTHS) {
            throw InvalidInputException.of("redAfterMonths", "warningRule.redAfterMonths",
                    Integer.toString(redAfterMonths));
        }
        this.yellowFrom = yellowFrom;
        this.redAfterMonths = redAfterMonths;
        this.noticeOnRed = noticeOnRed;
    }

    /** The project's warning for this kind on the day, if the milestone is still ahead and it is not green. */
    public Optional<Warning> judge(LocalDate planned, LocalDate today) {
        Light light = today.isAfter(planned.plusMonths(redAfterMonths)) ? Light.RED
                : today.isBefore(yellowFrom.firstDay(planned)) ? Light.GREEN : Light.YELLOW;
        if (light == Light.GREEN) {
            return Optional.empty();
        }
        int monthsLate = today.isAfter(planned) ? (int) ChronoUnit.MONTHS.between(planned, today) : 0;
        return Optional.of(new Warning(kind, light, planned, monthsLate));
    }

    public WarningKind kind() {
        return kind;
    }

    public YellowFrom yellowFrom() {
        return yellowFrom;
    }

    public int redAfterMonths() {
        return redAfterMonths;
    }

    public boolean noticeOnRed() {
        return noticeOnRed;
    }

    /** The version the administrator's change must name, so that of two changes at once one is refused. */
    public long version() {
        return version;
    }
}
