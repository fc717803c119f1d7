package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.activity.BatchFigures;
import cn.zoneflow.domain.model.activity.CityFigures;
import cn.zoneflow.web.activity.ActivityQueries.ActivityItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An activity as the API shows it, with its summary when asked for one activity. */
public record ActivityJson(long id, String name, LocalDate heldOn, String venue, SummaryJson summary) {

    /** The bulletin's table: each city's batches and total, then the totals over the cities shown. */
    public record SummaryJson(List<CityJson> cities, List<FiguresJson> totals, FiguresJson grandTotal) {
    }

    public record CityJson(String city, List<FiguresJson> batches, FiguresJson total) {
    }

    /**
     * One batch's figures (batch null for a total). Amounts in 万元 exactly, and in 亿元 to two decimals as the
     * bulletins print them; the 战新 share of investment in percent.
     */
    public record FiguresJson(String batch, String batchName, long projects, BigDecimal totalInvestment,
            BigDecimal totalInvestmentYi, BigDecimal expectedAnnualOutput, BigDecimal expectedAnnualOutputYi,
            long strategicEmerging, BigDecimal strategicEmergingSharePercent, long atLeast1Yi, long from1To5Yi,
            long from5To10Yi, long from10Yi, List<String> industries) {

        static FiguresJson of(BatchFigures figures) {
            return new FiguresJson(figures.batch() == null ? null : figures.batch().name(),
                    figures.batch() == null ? null : figures.batch().chineseName(), figures.projects(),
                    figures.totalInvestment().wan(), figures.totalInvestment().inYi(),
                    figures.expectedAnnualOutput().wan(), figures.expectedAnnualOutput().inYi(),
                    figures.strategicEmerging(), figures.strategicEmergingSharePercent(), figures.atLeast1Yi(),
                    figures.from1To5Yi(), figures.from5To10Yi(), figures.from10Yi(), List.copyOf(figures.industries()));
        }
    }

    static ActivityJson of(ActivityItem activity) {
        return new ActivityJson(activity.id(), activity.name(), activity.heldOn(), activity.venue(), null);
    }

    static ActivityJson withSummary(ActivityItem activity, ActivitySummary summary) {
        List<CityJson> cities = summary.cities().stream().map(ActivityJson::city).toList();
        SummaryJson table = new SummaryJson(cities, summary.totals().stream().map(FiguresJson::of).toList(),
                FiguresJson.of(summary.grandTotal()));
        return new ActivityJson(activity.id(), activity.name(), activity.heldOn(), activity.venue(), table);
    }

    private static CityJson city(CityFigures city) {
        return new CityJson(city.cityName(), city.batches().stream().map(FiguresJson::of).toList(),
                FiguresJson.of(city.total()));
    }
}
