package cn.zoneflow.domain.model.problem;

/** What happened to a problem: each step of its way, and the progress notes and comments written meanwhile. */
public enum ProblemEntryKind {
    RAISED,
    ACCEPTED,
    NOTE,
    ESCALATED,
    ANSWERED,
    REOPENED,
    /** A department gave the problem back to the zone as not its own, with the reason; the zone gives it anew. */
    RETURNED,
    SOLVED,
    /** 回访: the zone went back to the enterprise that gave the 差评 the problem rectifies, and wrote what it said. */
    RETURN_VISIT
}
