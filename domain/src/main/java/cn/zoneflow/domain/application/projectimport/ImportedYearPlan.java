package cn.zoneflow.domain.application.projectimport;

import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLAN_YEAR;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLAN_YEAR_TOTAL;

import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Refusals;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A line's investment plan for one year (计划年度, 年度计划投资, 1月 … 12月) as read: null where a cell is empty.
 *
 * @param months twelve amounts, January first
 */
record ImportedYearPlan(Year year, Amount total, List<Amount> months) {

    ImportedYearPlan {
        months = Collections.unmodifiableList(months);
    }

    /** Whether the line plans a year at all: a template of older columns, or blank cells, plan nothing. */
    boolean given() {
        return year != null || total != null || months.stream().anyMatch(Objects::nonNull);
    }

    /**
     * The year's plan when its cells hold one: a year, and months adding up to its total.
     *
     * @return null when a cell is wrong, the refusal recorded under its column
     */
    YearPlan checked(Refusals refusals) {
        if (year == null) {
            refusals.rejectUnlessRefused(PLAN_YEAR.field(), "import.planYear.required", "");
            return null;
        }
        Refusals ofTheYear = new Refusals();
        YearPlan plan = YearPlan.entered(year, total, months, ofTheYear);
        ofTheYear.errors().forEach(error -> refusals.rejectUnlessRefused(PLAN_YEAR_TOTAL.field(), error.messageKey(),
                error.rejectedValue()));
        return plan;
    }
}
