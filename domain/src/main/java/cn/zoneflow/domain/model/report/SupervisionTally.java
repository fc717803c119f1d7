package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.supervision.StallKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The procedures and supervision of a zone, or of a place added up over its zones: procedures required, closed
 * and overdue, open tasks past their deadline, notices not answered, projects on each "三未" list.
 */
public record SupervisionTally(long proceduresRequired, long proceduresClosed, long proceduresOverdue,
        long tasksOverdue, long noticesOpen, Map<StallKind, Long> stalled, long projectsRed, long projectsYellow) {

    public static final SupervisionTally NONE = new SupervisionTally(0, 0, 0, 0, 0, Map.of(), 0, 0);

    public SupervisionTally {
        EnumMap<StallKind, Long> every = new EnumMap<>(StallKind.class);
        for (StallKind kind : StallKind.values()) {
            every.put(kind, stalled.getOrDefault(kind, 0L));
        }
        stalled = Collections.unmodifiableMap(every);
    }

    /** 办结率: closed procedures over required ones. */
    public Ratio closureRate() {
        return Ratio.of(proceduresClosed, proceduresRequired);
    }

    public long stalled(StallKind kind) {
        return stalled.get(kind);
    }

    public long stalledTotal() {
        return stalled.values().stream().mapToLong(Long::longValue).sum();
    }

    public SupervisionTally plus(SupervisionTally other) {
        EnumMap<StallKind, Long> sum = new EnumMap<>(StallKind.class);
        for (StallKind kind : StallKind.values()) {
            sum.put(kind, stalled(kind) + other.stalled(kind));
        }
        return new SupervisionTally(proceduresRequired + other.proceduresRequired,
                proceduresClosed + other.proceduresClosed, proceduresOverdue + other.proceduresOverdue,
                tasksOverdue + other.tasksOverdue, noticesOpen + other.noticesOpen, sum,
                projectsRed + other.projectsRed, projectsYellow + other.projectsYellow);
    }
}
