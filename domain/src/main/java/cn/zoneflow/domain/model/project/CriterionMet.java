package cn.zoneflow.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A reserve criterion a zone confirmed for a project: when, and by whom. */
@Embeddable
public class CriterionMet {

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", nullable = false, length = 30)
    private ReserveCriterion criterion;

    @Column(name = "confirmed_on", nullable = false)
    private LocalDate confirmedOn;

    @Column(name = "confirmed_by", nullable = false, length = 60)
    private String confirmedBy;

    protected CriterionMet() {
    }

    CriterionMet(ReserveCriterion criterion, LocalDate confirmedOn, String confirmedBy) {
        this.criterion = criterion;
        this.confirmedOn = confirmedOn;
        this.confirmedBy = confirmedBy;
    }

    public ReserveCriterion criterion() {
        return criterion;
    }

    public LocalDate confirmedOn() {
        return confirmedOn;
    }

    public String confirmedBy() {
        return confirmedBy;
    }
}
