package cn.zoneflow.domain.model.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How much of a zone's 100 points one indicator carries, as the province's supervisor sets it. */
@Entity
@Table(name = "assessment_weight")
public class AssessmentWeight {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator", length = 40)
    private AssessmentIndicator indicator;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Version
    @Column(name = "version")
    private long version;

    protected AssessmentWeight() {
    }

    public AssessmentWeight(AssessmentIndicator indicator, int weight) {
        this.indicator = indicator;
        this.weight = weight;
    }

    void change(int weight) {
        this.weight = weight;
    }

    public AssessmentIndicator indicator() {
        return indicator;
    }

    public int weight() {
        return weight;
    }

    public long version() {
        return version;
    }
}
