package cn.zoneflow.domain.model.assessment;

import cn.zoneflow.domain.model.zone.ZoneCategory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A zone's place in its category for a period: its score, its rank and every part of the score. */
@Entity
@Table(name = "assessment_result")
public class AssessmentResult implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "assessmentResultIds")
    @TableGenerator(name = "assessmentResultIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "assessment_result", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(name = "zone_name", nullable = false, length = 100)
    private String zone;

    @Column(name = "city_name", nullable = false, length = 60)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ZoneCategory category;

    @Column(name = "score", nullable = false, precision = 7, scale = 2)
    private BigDecimal score;

    @Column(name = "rank_in_category", nullable = false)
    private int rank;

    @Column(name = "computed_at", nullable = false)
    private LocalDateTime computedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_part", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "part_order")
    private List<AssessmentPart> parts = new ArrayList<>();

    protected AssessmentResult() {
    }

    AssessmentResult(AssessmentPeriod period, AssessedFigures zone, BigDecimal score, int rank,
            List<AssessmentPart> parts, LocalDateTime computedAt) {
        this.period = period.toString();
        this.zoneId = zone.zoneId();
        this.zone = zone.zone();
        this.city = zone.city();
        this.category = zone.category();
        this.score = score;
        this.rank = rank;
        this.parts = new ArrayList<>(parts);
        this.computedAt = computedAt;
    }

    public String period() {
        return period;
    }

    public long zoneId() {
        return zoneId;
    }

    public String zone() {
        return zone;
    }

    public String city() {
        return city;
    }

    public ZoneCategory category() {
        return category;
    }

    public BigDecimal score() {
        return score;
    }

    public int rank() {
        return rank;
    }

    public LocalDateTime computedAt() {
        return computedAt;
    }

    public List<AssessmentPart> parts() {
        return List.copyOf(parts);
    }
}
