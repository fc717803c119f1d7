package cn.zoneflow.domain.model.report;

import java.util.List;

/**
 * 总览: a scope's figures on one page for a period — the stages, reforms, procedures and supervision of the scope
 * and of each place below it (cities of the province, zones of a city), the follow-up rates of the period's
 * activities and of each activity in turn, and every zone's own supervision figures.
 */
public record Overview(RatePeriod period, PlaceOverview total, List<PlaceOverview> places, FollowUpReport rates,
        List<ActivityRates> trend, List<ZoneSupervision> zones) {

    /** The zones with the most open tasks past their deadline, most first, at most {@code limit} of them. */
    public List<ZoneSupervision> mostOverdue(int limit) {
        return zones.stream().filter(zone -> zone.figures().tasksOverdue() > 0)
                .sorted((a, b) -> Long.compare(b.figures().tasksOverdue(), a.figures().tasksOverdue()))
                .limit(limit).toList();
    }
}
