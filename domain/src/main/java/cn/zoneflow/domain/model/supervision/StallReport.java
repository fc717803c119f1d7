package cn.zoneflow.domain.model.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * One "三未" list of a scope on a day: the rule it was judged by, how many projects each zone has on it, and the
 * projects themselves, the longest over first (at most {@link #MAX_PROJECTS}).
 */
public record StallReport(StallKind kind, int months, LocalDate today, List<ZoneCount> zones,
        List<StalledProject> projects) {

    public static final int MAX_PROJECTS = 500;

    /** How many stalled projects a zone has. */
    public record ZoneCount(String city, String zone, long count) {
    }

    public long total() {
        return zones.stream().mapToLong(ZoneCount::count).sum();
    }
}
