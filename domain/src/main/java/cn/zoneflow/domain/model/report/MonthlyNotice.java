package cn.zoneflow.domain.model.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 月通报: a scope's monthly notice — the follow-up rates of the year's activities up to the month's end, and every
 * zone of the scope ranked by how it handles its projects' procedures and supervision — as it stood on
 * {@code asOf}, the month's last day (today while the month runs).
 */
public record MonthlyNotice(String scopeName, YearMonth month, LocalDate asOf, FollowUpReport rates,
        List<ZoneRanking.Ranked> zones) {
}
