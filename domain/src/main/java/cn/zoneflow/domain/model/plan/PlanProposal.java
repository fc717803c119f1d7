package cn.zoneflow.domain.model.plan;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the zone enters it: the three planned dates as they should read (an empty one for none), the years whose
 * monthly investment it sets (a year left out stays as planned) and, for a change to what was approved, the reason.
 */
public record PlanProposal(
        @PlausibleDate LocalDate plannedStartDate,
        @PlausibleDate LocalDate plannedProductionDate,
        @PlausibleDate LocalDate plannedEffectiveDate,
        List<YearPlan> years,
        @PlainText(max = PlanVersion.REASON_MAX_LENGTH) String reason) {

    public PlanProposal {
        years = List.copyOf(years);
        reason = TypedText.trimmed(reason);
    }

    /** A proposal of the given dates and years. */
    public static PlanProposal of(PlannedDates dates, List<YearPlan> years, String reason) {
        return new PlanProposal(dates.start(), dates.production(), dates.effective(), years, reason);
    }

    public PlannedDates dates() {
        return new PlannedDates(plannedStartDate, plannedProductionDate, plannedEffectiveDate);
    }
}
