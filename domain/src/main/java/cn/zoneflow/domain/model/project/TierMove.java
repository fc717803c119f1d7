package cn.zoneflow.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/** A zone manager's move of a project in reserve from one tier to another (or in or out of grading), dated. */
@Embeddable
public class TierMove {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", length = 20)
    private ReserveTier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier", length = 20)
    private ReserveTier toTier;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "moved_by", nullable = false, length = 60)
    private String movedBy;

    protected TierMove() {
    }

    TierMove(ReserveTier fromTier, ReserveTier toTier, LocalDate movedOn, String movedBy) {
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.movedOn = movedOn;
        this.movedBy = movedBy;
    }

    /** The tier left; empty when the project was not graded. */
    public Optional<ReserveTier> fromTier() {
        return Optional.ofNullable(fromTier);
    }

    /** The tier entered; empty when the grading was withdrawn. */
    public Optional<ReserveTier> toTier() {
        return Optional.ofNullable(toTier);
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public String movedBy() {
        return movedBy;
    }
}
