package cn.zoneflow.domain.model.annualtarget;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One target of a year's 目标责任书: for a zone or a city, an indicator and the value to reach by the year's end (a
 * count, 万元, or a rate in per cent), who set it and when. Changed against its version.
 */
@Entity
@Table(name = "annual_target")
public class AnnualTarget {

    public static final BigDecimal MAX_VALUE = new BigDecimal("100000000");

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "annualTargetIds")
    @TableGenerator(name = "annualTargetIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "annual_target", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "target_year", nullable = false)
    private int year;

    /** {@code zone:12} or {@code city:140700}. */
    @Column(name = "place", nullable = false, length = 30)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", nullable = false, length = 40)
    private TargetIndicator indicator;

    @Column(name = "target_value", nullable = false, precision = 18, scale = 4)
    private BigDecimal value;

    @Column(name = "set_by", nullable = false, length = 60)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    @Version
    @Column(name = "version")
    private long version;

    protected AnnualTarget() {
    }

    public AnnualTarget(int year, Scope place, TargetIndicator indicator, BigDecimal value, String setBy,
            LocalDateTime setAt) {
        this.year = year;
        this.place = keyOf(place);
        this.indicator = indicator;
        change(value, setBy, setAt);
    }

    /** The key a place is stored under. */
    public static String keyOf(Scope place) {
        return place.match(() -> "province", city -> "city:" + city, zone -> "zone:" + zone);
    }

    /** @throws InvalidInputException as {@link #check} */
    public final void change(BigDecimal value, String setBy, LocalDateTime setAt) {
        check(indicator, value);
        this.value = value.setScale(4);
        this.setBy = setBy;
        this.setAt = setAt;
    }

    /**
     * @throws InvalidInputException naming {@code target}: negative, a count with a fraction, a rate above 100, a
     *     value beyond 100000000 or finer than 0.0001
     */
    public static void check(TargetIndicator indicator, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0 || value.stripTrailingZeros().scale() > 4
                || indicator.unit() == TargetIndicator.Unit.COUNT && value.stripTrailingZeros().scale() > 0
                || indicator.unit() == TargetIndicator.Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("target", "target.value." + indicator.unit().name().toLowerCase(),
                    value.toPlainString());
        }
    }

    public int year() {
        return year;
    }

    public String place() {
        return place;
    }

    public TargetIndicator indicator() {
        return indicator;
    }

    public BigDecimal value() {
        return value;
    }

    public String setBy() {
        return setBy;
    }

    public LocalDateTime setAt() {
        return setAt;
    }

    public long version() {
        return version;
    }
}
