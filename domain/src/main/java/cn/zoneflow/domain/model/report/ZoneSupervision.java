package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.supervision.StallKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one zone stands on a day, as the monthly notice (月通报) reports it: its projects' procedures — required
 * (every planned one but those 标准地 waived), closed (已办结), past the department's due date while not closed —
 * its open tasks past their deadline, the 督办 notices it has not answered, and its projects on each "三未" list.
 */
public record ZoneSupervision(String city, String zone, long proceduresRequired, long proceduresClosed,
        long proceduresOverdue, long tasksOverdue, long noticesOpen, Map<StallKind, Long> stalled) {

    public ZoneSupervision {
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
}
