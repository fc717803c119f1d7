package cn.zoneflow.domain.model.procedure;

/** Where a project's procedure stands. */
public enum ProcedureStatus {
    /** 待办: to be handled, nothing submitted yet. */
    PENDING,
    /** 承诺办理: the enterprise's and the zone's commitments stand in for it while it is handled. */
    UNDER_COMMITMENT,
    /** 办理中: submitted, the department is deciding. */
    IN_PROGRESS,
    /** 补正: the department returned it for correction. */
    CORRECTION,
    /** 已办结: issued. */
    CLOSED,
    /** 免办: not needed, the standard land's regional assessment covers it. */
    WAIVED;

    /** Whether nothing is left to do on it. */
    public boolean isDone() {
        return this == CLOSED || this == WAIVED;
    }
}
