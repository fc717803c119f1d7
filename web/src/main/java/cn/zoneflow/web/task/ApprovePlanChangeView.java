package cn.zoneflow.web.task;

import cn.zoneflow.processes.PlanChangeProcess.Variables;
import cn.zoneflow.web.project.PlanSheet;
import cn.zoneflow.workflow.plan.PlanChangeTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * 审批计划调整: the zone manager sees the change beside the plan in force — each date and each year's investment,
 * what changes marked — with its reason, and approves it or returns it with a reason.
 */
@Named
@ViewScoped
public class ApprovePlanChangeView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(Variables.RETURN_REASON,
            "decide:reason");

    @Inject
    private transient PlanChangeTasks planChanges;

    private PlanSheet sheet;
    private List<ComparedLine> comparison;
    private String reason;

    /** One line of the change — a date, or a year's plan (its year given) — as planned now and as asked for. */
    public record ComparedLine(String labelKey, Integer year, String inForce, String proposed) implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean isChanged() {
            return !Objects.equals(inForce, proposed);
        }
    }

    @Override
    protected void loaded() {
        sheet = PlanSheet.of(planChanges.planOf(currentUser.actor(), getId()));
        comparison = sheet.pending() == null ? List.of() : compare(sheet, sheet.pending());
    }

    static List<ComparedLine> compare(PlanSheet sheet, PlanSheet.VersionRow change) {
        List<ComparedLine> lines = new ArrayList<>();
        lines.add(new ComparedLine("project_plan.field.plannedStartDate", null, text(sheet.plannedStartDate()),
                text(change.plannedStartDate())));
        lines.add(new ComparedLine("project_plan.field.plannedProductionDate", null,
                text(sheet.plannedProductionDate()), text(change.plannedProductionDate())));
        lines.add(new ComparedLine("project_plan.field.plannedEffectiveDate", null,
                text(sheet.plannedEffectiveDate()), text(change.plannedEffectiveDate())));
        TreeSet<Integer> years = new TreeSet<>();
        sheet.years().forEach(year -> years.add(year.year()));
        change.years().forEach(year -> years.add(year.year()));
        for (int year : years) {
            PlanSheet.YearRow before = sheet.year(year).orElse(null);
            PlanSheet.YearRow after = change.years().stream().filter(row -> row.year() == year).findFirst()
                    .orElse(null);
            lines.add(new ComparedLine("project_plan.compare.year", year, months(before),
                    months(after)));
        }
        return lines;
    }

    private static String text(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    /** A year's plan in one line: the total, then the twelve months. */
    private static String months(PlanSheet.YearRow year) {
        if (year == null) {
            return "—";
        }
        StringBuilder text = new StringBuilder(plain(year.totalWan())).append("（");
        for (int month = 0; month < year.monthsWan().size(); month++) {
            text.append(month == 0 ? "" : " ").append(month + 1).append(":").append(plain(year.monthsWan().get(month)));
        }
        return text.append("）").toString();
    }

    private static String plain(BigDecimal wan) {
        return wan.stripTrailingZeros().toPlainString();
    }

    public String approve() {
        return complete(() -> planChanges.approve(currentUser.actor(), getId()),
                "task_approve_plan_change.message.info.approved", FIELDS);
    }

    public String returnChange() {
        return complete(() -> planChanges.returnWithReason(currentUser.actor(), getId(), reason),
                "task_approve_plan_change.message.info.returned", FIELDS);
    }

    public PlanSheet getSheet() {
        return sheet;
    }

    public List<ComparedLine> getComparison() {
        return comparison;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
