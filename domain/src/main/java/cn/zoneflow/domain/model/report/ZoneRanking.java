package cn.zoneflow.domain.model.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The monthly notice's ranking of zones (月通报亮单): the highest 办结率 first — a zone with no procedure to handle
 * after every zone that has some — then the fewest overdue tasks, the fewest "三未" projects and the fewest
 * unanswered notices. Zones equal in all four share a rank, and the next rank skips as many places.
 */
public final class ZoneRanking {

    private static final Comparator<ZoneSupervision> ORDER = Comparator
            .comparing((ZoneSupervision zone) -> zone.figures().closureRate().percent(),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparingLong(zone -> zone.figures().tasksOverdue())
            .thenComparingLong(zone -> zone.figures().stalledTotal())
            .thenComparingLong(zone -> zone.figures().noticesOpen());

    private ZoneRanking() {
    }

    /** One place in the ranking. */
    public record Ranked(int rank, ZoneSupervision zone) {
    }

    public static List<Ranked> rank(List<ZoneSupervision> zones) {
        List<ZoneSupervision> ordered = zones.stream()
                .sorted(ORDER.thenComparing(ZoneSupervision::zone))
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tied = i > 0 && ORDER.compare(ordered.get(i - 1), ordered.get(i)) == 0;
            ranked.add(new Ranked(tied ? ranked.get(i - 1).rank() : i + 1, ordered.get(i)));
        }
        return ranked;
    }
}
