package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.Amount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;
import java.time.YearMonth;

/** The investment a project completed in one month (完成投资), as the zone recorded it. */
@Entity
@Table(name = "monthly_investment")
public class MonthlyInvestment {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "monthlyInvestmentIds")
    @TableGenerator(name = "monthlyInvestmentIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "monthly_investment", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The first day of the month: dates are dates, and every database orders them. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "completed", nullable = false, precision = 18, scale = Amount.SCALE)
    private Amount completed;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    protected MonthlyInvestment() {
    }

    MonthlyInvestment(Project project, YearMonth month, Amount completed, String recordedBy) {
        this.project = project;
        this.monthStart = month.atDay(1);
        this.completed = completed;
        this.recordedBy = recordedBy;
    }

    void correct(Amount newlyCompleted, String correctedBy) {
        this.completed = newlyCompleted;
        this.recordedBy = correctedBy;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public Amount completed() {
        return completed;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
