package cn.zoneflow.domain.model.rating;

import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One 好差评 the enterprise gave: of one closed procedure, or of the zone's agency service (代办服务) as a whole, with
 * its scores and comment. A rating is never changed; the enterprise may rate again once the zone answered, and every
 * rating counts in the figures of the day it was given. A 差评 keeps the rectification it sent to the zone.
 */
@Entity
@Table(name = "service_rating")
public class ServiceRating {

    public static final int COMMENT_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ratingIds")
    @TableGenerator(name = "ratingIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "service_rating", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The project's zone, kept here so the figures of a zone, city or province count ratings without projects. */
    @Column(name = "zone_id", nullable = false)
    private Long zoneId;

    @ManyToOne
    @JoinColumn(name = "procedure_id")
    private ProjectProcedure procedure;

    @Embedded
    private RatingScores scores;

    @Column(name = "comment_text", length = COMMENT_MAX_LENGTH)
    private String comment;

    @Column(name = "rated_by", nullable = false, length = 60)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private LocalDateTime ratedAt;

    @Column(name = "rated_on", nullable = false)
    private LocalDate ratedOn;

    @ManyToOne
    @JoinColumn(name = "problem_id")
    private ProjectProblem rectification;

    protected ServiceRating() {
    }

    /** @param procedure the closed procedure rated, or null for the agency service as a whole */
    public ServiceRating(Project project, ProjectProcedure procedure, RatingScores scores, String comment,
            String ratedBy, LocalDateTime ratedAt) {
        this.project = Objects.requireNonNull(project, "project");
        this.zoneId = project.zone().id();
        this.procedure = procedure;
        this.scores = Objects.requireNonNull(scores, "scores");
        this.comment = comment;
        this.ratedBy = Objects.requireNonNull(ratedBy, "ratedBy");
        this.ratedAt = Objects.requireNonNull(ratedAt, "ratedAt");
        this.ratedOn = ratedAt.toLocalDate();
    }

    /** Whether the rating is a 差评, which the zone must verify, rectify and answer. */
    public boolean isBad() {
        return scores.overall().isBad();
    }

    /** The 差评 went to the zone as this problem, to be solved on its deadline. */
    public void rectifiedThrough(ProjectProblem problem) {
        this.rectification = Objects.requireNonNull(problem, "problem");
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Optional<ProjectProcedure> procedure() {
        return Optional.ofNullable(procedure);
    }

    public RatingScores scores() {
        return scores;
    }

    public String comment() {
        return comment;
    }

    public String ratedBy() {
        return ratedBy;
    }

    public LocalDateTime ratedAt() {
        return ratedAt;
    }

    public Optional<ProjectProblem> rectification() {
        return Optional.ofNullable(rectification);
    }
}
