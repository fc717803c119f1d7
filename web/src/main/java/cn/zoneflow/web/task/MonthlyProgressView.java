package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.workflow.lifecycle.MonthlyProgressTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 填报月度完成投资: the officer reports last month's completed investment (万元) and a word on progress, seeing what
 * the project has recorded so far.
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
    private String month = ChinaTime.thisMonth().minusMonths(1).toString();
    private BigDecimal completed;
    private String note;

    @Override
    protected void loaded() {
        ProjectQueries.ProjectPage page = queries.project(currentUser.required().scope(), getTask().projectId());
        recorded = page.investments();
        completedSoFarYi = page.completedInvestmentYi();
    }

    public String submit() {
        return complete(() -> reports.record(currentUser.actor(), getId(), month,
                completed == null ? null : completed.toPlainString(), note),
                "task_monthly_progress.message.info.recorded", FIELDS);
    }

    public List<ProjectQueries.InvestmentRow> getRecorded() {
        return recorded;
    }

    public BigDecimal getCompletedSoFarYi() {
        return completedSoFarYi;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
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
