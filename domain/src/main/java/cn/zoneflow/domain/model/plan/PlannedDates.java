package cn.zoneflow.domain.model.plan;

import cn.zoneflow.domain.model.shared.Refusals;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a project is planned to start construction (开工), start production (投产) and reach its expected output
 * (达效); any of them may be missing while the zone does not know it yet.
 */
public record PlannedDates(LocalDate start, LocalDate production, LocalDate effective) {

    public static final PlannedDates NONE = new PlannedDates(null, null, null);

    /**
     * Refuses dates out of order — production before start, 达效 before production — and a date before the signing,
     * each under its own field.
     */
    public void check(LocalDate signedOn, Refusals refusals) {
        if (start != null && signedOn != null && start.isBefore(signedOn)) {
            refusals.rejectUnlessRefused("plannedStartDate", "project.plannedStartDate.beforeSigning",
                    start.toString());
        }
        if (production != null && start != null && production.isBefore(start)) {
            refusals.rejectUnlessRefused("plannedProductionDate", "project.plannedProductionDate.beforeStart",
                    production.toString());
        } else if (production != null && signedOn != null && production.isBefore(signedOn)) {
            refusals.rejectUnlessRefused("plannedProductionDate", "plan.date.beforeSigning", production.toString());
        }
        LocalDate before = production != null ? production : start;
        if (effective != null && before != null && effective.isBefore(before)) {
            refusals.rejectUnlessRefused("plannedEffectiveDate", "plan.effective.beforeProduction",
                    effective.toString());
        } else if (effective != null && signedOn != null && effective.isBefore(signedOn)) {
            refusals.rejectUnlessRefused("plannedEffectiveDate", "plan.date.beforeSigning", effective.toString());
        }
    }

    /** Whether these dates change one the other plan already had (filling an empty one does not). */
    public boolean alters(PlannedDates earlier) {
        return changed(earlier.start, start) || changed(earlier.production, production)
                || changed(earlier.effective, effective);
    }

    private static boolean changed(LocalDate was, LocalDate is) {
        return was != null && !Objects.equals(was, is);
    }
}
