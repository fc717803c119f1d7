package cn.zoneflow.domain.model.supervision;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.List;

/** Finds the "三未" projects in the database, by SQL, never by loading every project. */
public interface StallRepository {

    /** How many months a project may stay at the stage before it is on the list. */
    int monthsFor(StallKind kind);

    /** @param months the rule's months, as {@link #monthsFor} gives them */
    List<StallReport.ZoneCount> countsByZone(StallKind kind, int months, Scope scope, LocalDate today);

    /** The province's stalled projects that had no notice about this kind of stall yet, the longest first. */
    List<StalledProject> withoutNotice(StallKind kind, int months, LocalDate today, int limit);

    /** The stalled projects, the longest at their stage first. */
    List<StalledProject> stalled(StallKind kind, int months, Scope scope, LocalDate today, int limit);
}
