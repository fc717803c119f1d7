package cn.zoneflow.web.api;

import cn.zoneflow.web.project.PlanSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A project's plan over the API: the dates and yearly investment (万元, month by month) in force, the change waiting
 * for approval ({@code pending}, null when none) and every version, the newest first.
 */
public record PlanJson(long projectId, LocalDate plannedStartDate, LocalDate plannedProductionDate,
        LocalDate plannedEffectiveDate, List<YearJson> years, VersionJson pending, List<VersionJson> versions) {

    /** One year's planned investment: its total and twelve months, January first. */
    public record YearJson(int year, BigDecimal total, List<BigDecimal> months) {

        static YearJson of(PlanSheet.YearRow row) {
            return new YearJson(row.year(), row.totalWan(), row.monthsWan());
        }
    }

    /**
     * One version. {@code status}: CURRENT (in force), SUPERSEDED (in force once, changed since), PROPOSED (waiting
     * for the zone manager), RETURNED (with the manager's {@code decisionNote}).
     */
    public record VersionJson(int number, String status, boolean baseline, LocalDate plannedStartDate,
            LocalDate plannedProductionDate, LocalDate plannedEffectiveDate, List<YearJson> years, String reason,
            String proposedBy, LocalDateTime proposedAt, String decidedBy, LocalDateTime decidedAt,
            String decisionNote) {

        static VersionJson of(PlanSheet.VersionRow row) {
            return new VersionJson(row.number(), row.status(), row.baseline(), row.plannedStartDate(),
                    row.plannedProductionDate(), row.plannedEffectiveDate(),
                    row.years().stream().map(YearJson::of).toList(), row.reason(), row.proposedBy(),
                    row.proposedAt(), row.decidedBy(), row.decidedAt(), row.decisionNote());
        }
    }

    static PlanJson of(long projectId, PlanSheet sheet) {
        return new PlanJson(projectId, sheet.plannedStartDate(), sheet.plannedProductionDate(),
                sheet.plannedEffectiveDate(), sheet.years().stream().map(YearJson::of).toList(),
                sheet.pending() == null ? null : VersionJson.of(sheet.pending()),
                sheet.versions().stream().map(VersionJson::of).toList());
    }
}
