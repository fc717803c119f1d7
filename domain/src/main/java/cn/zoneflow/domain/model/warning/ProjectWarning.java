package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project's standing warning of one kind, yellow or red (green ones are not kept): since when it has had its
 * colour, and the planned date it was judged by (for the investment plan, the day 序时进度 was counted to, and the
 * pace).
 */
@Entity
@Table(name = "project_warning")
public class ProjectWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "projectWarningIds")
    @TableGenerator(name = "projectWarningIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "project_warning", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private WarningKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "light", nullable = false, length = 10)
    private Light light;

    @Column(name = "planned_date", nullable = false)
    private LocalDate planned;

    @Column(name = "months_late", nullable = false)
    private int monthsLate;

    @Column(name = "scheduled_share", precision = 7, scale = InvestmentPace.SCALE)
    private BigDecimal scheduledShare;

    @Column(name = "completed_share", precision = 7, scale = InvestmentPace.SCALE)
    private BigDecimal completedShare;

    @Column(name = "since", nullable = false)
    private LocalDate since;

    protected ProjectWarning() {
    }

    public ProjectWarning(Project project, Warning warning, LocalDate since) {
        this.project = project;
        this.kind = warning.kind();
        this.since = since;
        follow(warning, since);
    }

    /** Takes the day's judgement; a new colour starts its own "since". */
    public void follow(Warning warning, LocalDate today) {
        if (warning.light() != light) {
            since = today;
        }
        light = warning.light();
        planned = warning.planned();
        monthsLate = warning.monthsLate();
        scheduledShare = warning.investmentPace().map(InvestmentPace::scheduled).orElse(null);
        completedShare = warning.investmentPace().map(InvestmentPace::completed).orElse(null);
    }

    public Warning warning() {
        return new Warning(kind, light, planned, monthsLate,
                scheduledShare == null ? null : new InvestmentPace(scheduledShare, completedShare));
    }

    public Project project() {
        return project;
    }

    public WarningKind kind() {
        return kind;
    }

    public Light light() {
        return light;
    }

    public LocalDate since() {
        return since;
    }
}
