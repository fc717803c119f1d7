package cn.zoneflow.domain.model.visit;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.persistence.Column;
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
 * One 入企服务 visit to a project's enterprise (上门问需): when, who went, whom they met, what the enterprise asked
 * for and what follows. A visit recorded by a leader in charge counts as that leader's.
 */
@Entity
@Table(name = "enterprise_visit")
public class EnterpriseVisit {

    public static final int VISITORS_MAX_LENGTH = 200;
    public static final int MET_MAX_LENGTH = 100;
    public static final int TEXT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "visitIds")
    @TableGenerator(name = "visitIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "enterprise_visit", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "visited_on", nullable = false)
    private LocalDate visitedOn;

    @Column(name = "visitors", nullable = false, length = VISITORS_MAX_LENGTH)
    private String visitors;

    @Column(name = "met", nullable = false, length = MET_MAX_LENGTH)
    private String met;

    @Column(name = "asked", nullable = false, length = TEXT_MAX_LENGTH)
    private String asked;

    @Column(name = "follow_up", length = TEXT_MAX_LENGTH)
    private String followUp;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_account_id")
    private UserAccount leader;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected EnterpriseVisit() {
    }

    /**
     * A visit as its recorder tells it.
     *
     * @throws IllegalArgumentException when the day is after the day it is recorded on: a visit is recorded once made
     */
    public EnterpriseVisit(Project project, VisitReport report, UserAccount recorder, LocalDateTime recordedAt) {
        if (report.visitedOn().isAfter(recordedAt.toLocalDate())) {
            throw new IllegalArgumentException("visit on " + report.visitedOn() + " recorded on " + recordedAt);
        }
        this.project = Objects.requireNonNull(project, "project");
        this.visitedOn = report.visitedOn();
        this.visitors = Objects.requireNonNull(report.visitors(), "visitors");
        this.met = Objects.requireNonNull(report.met(), "met");
        this.asked = Objects.requireNonNull(report.asked(), "asked");
        this.followUp = report.followUp();
        this.leader = recorder.role() == Role.LEADER ? recorder : null;
        this.recordedBy = recorder.username();
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String visitors() {
        return visitors;
    }

    public String met() {
        return met;
    }

    public String asked() {
        return asked;
    }

    public String followUp() {
        return followUp;
    }

    /** The leader in charge who recorded the visit, none when an officer or manager did. */
    public Optional<UserAccount> leader() {
        return Optional.ofNullable(leader);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
