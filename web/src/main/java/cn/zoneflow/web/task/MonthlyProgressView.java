package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.workflow.lifecycle.MonthlyProgressTasks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 填报月度完成投资: the officer reports last month's completed investment (万元) and a word on progress, seeing what
 * the project has recorded so far. A month already recorded is replaced only once the officer has seen its old
 * value and submitted again.
 */
@Named
@ViewScoped
public class MonthlyProgressView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(MonthlyProgressTasks.MONTH, "progress:month",
            MonthlyProgressTasks.COMPLETED, "progress:completed", MonthlyProgressTasks.PROGRESS, "progress:note");

    @Inject
    private transient MonthlyProgressTasks reports;

    @Inject
    private transient ProjectQueries queries;

    private List<ProjectQueries.InvestmentRow> recorded = List.of();
    private BigDecimal completedSoFarYi;
    private YearMonth month = ChinaTime.thisMonth().minusMonths(1);
    /** The recorded month the officer was warned about and may now replace. */
    private YearMonth confirmedReplacing;
    private BigDecimal completed;
    private String note;

    @Override
    protected void loaded() {
        ProjectQueries.ProjectPage page = queries.project(currentUser.required().scope(), getTask().projectId());
        recorded = page.investments();
        completedSoFarYi = page.completedInvestmentYi();
    }

    public String submit() {
        Optional<ProjectQueries.InvestmentRow> replaced = getReplaced();
        if (replaced.isPresent() && !replaced.get().month().equals(confirmedReplacing)) {
            confirmedReplacing = replaced.get().month();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.validationFailed();
            faces.addMessage("progress:month", new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_monthly_progress.message.warn.confirmReplacing"), null));
            return null;
        }
        return complete(() -> reports.record(currentUser.actor(), getId(), month == null ? null : month.toString(),
                completed == null ? null : completed.toPlainString(), note),
                "task_monthly_progress.message.info.recorded", FIELDS);
    }

    public List<ProjectQueries.InvestmentRow> getRecorded() {
        return recorded;
    }

    public BigDecimal getCompletedSoFarYi() {
        return completedSoFarYi;
    }

    /** What the project already holds for the month chosen, which submitting replaces. */
    public Optional<ProjectQueries.InvestmentRow> getReplaced() {
        return recorded.stream().filter(row -> row.month().equals(month)).findFirst();
    }

    /** The month as the calendar picks it: its first day. */
    public LocalDate getMonth() {
        return month == null ? null : month.atDay(1);
    }

    public void setMonth(LocalDate day) {
        this.month = day == null ? null : YearMonth.from(day);
    }

    /** The latest month one may report: the current one. */
    public LocalDate getLatestMonth() {
        return ChinaTime.thisMonth().atEndOfMonth();
    }

    public BigDecimal getCompleted() {
        return completed;
    }

    public void setCompleted(BigDecimal completed) {
        this.completed = completed;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
