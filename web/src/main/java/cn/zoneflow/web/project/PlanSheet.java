package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.plan.PlanState;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A project's plan as pages and the API show it: the dates and yearly investment it is judged by, the change waiting
 * for approval, and every version, the newest first.
 */
public record PlanSheet(LocalDate plannedStartDate, LocalDate plannedProductionDate, LocalDate plannedEffectiveDate,
        List<YearRow> years, VersionRow pending, List<VersionRow> versions) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static PlanSheet of(ProjectPlan plan) {
        PlannedDates dates = plan.dates();
        int baseline = plan.baseline().map(PlanVersion::number).orElse(0);
        List<VersionRow> versions = plan.versions().stream().map(version -> VersionRow.of(version, baseline))
                .sorted((one, other) -> Integer.compare(other.number(), one.number())).toList();
        return new PlanSheet(dates.start(), dates.production(), dates.effective(),
                plan.years().stream().map(YearRow::of).toList(),
                plan.pending().map(version -> VersionRow.of(version, baseline)).orElse(null), versions);
    }

    /** The year's plan the project is judged by, if it has one. */
    public Optional<YearRow> year(int year) {
        return years.stream().filter(row -> row.year() == year).findFirst();
    }

    /** One year of an investment plan, in 万元: its total and its twelve months. */
    public record YearRow(int year, BigDecimal totalWan, List<BigDecimal> monthsWan) implements Serializable {

        private static final long serialVersionUID = 1L;

        static YearRow of(YearPlan plan) {
            return new YearRow(plan.year().getValue(), plan.total().wan(),
                    plan.months().stream().map(Amount::wan).toList());
        }
    }

    /** One version: what it planned, why, and who entered and decided it. */
    public record VersionRow(int number, PlanState state, boolean current, boolean baseline,
            LocalDate plannedStartDate, LocalDate plannedProductionDate, LocalDate plannedEffectiveDate,
            List<YearRow> years, String reason, String proposedBy, LocalDateTime proposedAt, String decidedBy,
            LocalDateTime decidedAt, String decisionNote) implements Serializable {

        private static final long serialVersionUID = 1L;

        static VersionRow of(PlanVersion version, int baseline) {
            PlannedDates dates = version.dates();
            return new VersionRow(version.number(), version.state(), version.isCurrent(),
                    version.number() == baseline, dates.start(), dates.production(), dates.effective(),
                    version.years().stream().map(YearRow::of).toList(), version.reason(),
                    version.proposedBy().orElse(null), version.proposedAt(), version.decidedBy().orElse(null),
                    version.decidedAt().orElse(null), version.decisionNote());
        }

        /** 现行, 已被调整, 待审批 or 已退回: the bundle key's last part. */
        public String status() {
            if (current) {
                return "CURRENT";
            }
            return state == PlanState.APPROVED ? "SUPERSEDED" : state.name();
        }
    }
}
