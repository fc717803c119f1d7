package cn.zoneflow.domain.model.plan;

import cn.zoneflow.domain.model.shared.Amount;
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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a project's plan: its planned dates and monthly investment, who entered it and why, and — for a
 * change — who decided on it. The approved version a project is judged by is its current one; the first approved is
 * its baseline. Versions are never rewritten, only decided on and superseded.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "planVersionIds")
    @TableGenerator(name = "planVersionIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "plan_version", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PlanState state;

    /** Whether this is the approved version the project is judged by; kept as a column so sweeps can ask for it. */
    @Column(name = "current_plan", nullable = false)
    private boolean current;

    @Column(name = "planned_start_date")
    private LocalDate plannedStart;

    @Column(name = "planned_production_date")
    private LocalDate plannedProduction;

    @Column(name = "planned_effective_date")
    private LocalDate plannedEffective;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_month", joinColumns = @JoinColumn(name = "plan_version_id"))
    private List<PlannedMonth> months = new ArrayList<>();

    @Column(name = "reason", length = REASON_MAX_LENGTH)
    private String reason;

    /** Null for the plan recorded at registration, which nobody entered as a plan. */
    @Column(name = "proposed_by", length = 60)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private LocalDateTime proposedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_note", length = REASON_MAX_LENGTH)
    private String decisionNote;

    @Version
    @Column(name = "version")
    private long version;

    protected PlanVersion() {
    }

    PlanVersion(long projectId, int number, PlannedDates dates, List<YearPlan> years, String reason,
            String proposedBy, LocalDateTime proposedAt) {
        this.projectId = projectId;
        this.number = number;
        this.state = PlanState.PROPOSED;
        this.plannedStart = dates.start();
        this.plannedProduction = dates.production();
        this.plannedEffective = dates.effective();
        years.forEach(year -> {
            for (int month = 1; month <= YearPlan.MONTHS; month++) {
                months.add(new PlannedMonth(YearMonth.of(year.year().getValue(), month), year.month(month)));
            }
        });
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** Takes effect: entered where nothing approved was altered, or approved by the manager. */
    void approve(String by, LocalDateTime at) {
        this.state = PlanState.APPROVED;
        this.current = true;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void returnWith(String note, String by, LocalDateTime at) {
        this.state = PlanState.RETURNED;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void supersede() {
        this.current = false;
    }

    public PlannedDates dates() {
        return new PlannedDates(plannedStart, plannedProduction, plannedEffective);
    }

    /** The investment plan, a year at a time, in order. */
    public List<YearPlan> years() {
        Map<YearMonth, Amount> planned = new LinkedHashMap<>();
        months.forEach(month -> planned.put(month.month(), month.amount()));
        return YearPlan.of(planned);
    }

    public Optional<YearPlan> year(Year year) {
        return years().stream().filter(plan -> plan.year().equals(year)).findFirst();
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    /** 1 for the first version, counting every version entered, returned ones too. */
    public int number() {
        return number;
    }

    public PlanState state() {
        return state;
    }

    public boolean isCurrent() {
        return current;
    }

    public String reason() {
        return reason;
    }

    public Optional<String> proposedBy() {
        return Optional.ofNullable(proposedBy);
    }

    public LocalDateTime proposedAt() {
        return proposedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<LocalDateTime> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public String decisionNote() {
        return decisionNote;
    }
}
