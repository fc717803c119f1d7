package cn.zoneflow.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** One part of a zone's score: the indicator's figure, the points it earned of 100, its weight and its share. */
@Embeddable
public class AssessmentPart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", nullable = false, length = 40)
    private AssessmentIndicator indicator;

    @Column(name = "figure", precision = 18, scale = 4)
    private BigDecimal figure;

    @Column(name = "points", nullable = false, precision = 7, scale = 2)
    private BigDecimal points;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "score", nullable = false, precision = 7, scale = 2)
    private BigDecimal score;

    protected AssessmentPart() {
    }

    AssessmentPart(AssessmentIndicator indicator, BigDecimal figure, BigDecimal points, int weight, BigDecimal score) {
        this.indicator = indicator;
        this.figure = figure;
        this.points = points;
        this.weight = weight;
        this.score = score;
    }

    public AssessmentIndicator indicator() {
        return indicator;
    }

    /** Null where there was nothing to count. */
    public BigDecimal figure() {
        return figure;
    }

    public BigDecimal points() {
        return points;
    }

    public int weight() {
        return weight;
    }

    public BigDecimal score() {
        return score;
    }
}
