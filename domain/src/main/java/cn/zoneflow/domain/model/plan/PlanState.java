package cn.zoneflow.domain.model.plan;

/** Where a version of a project's plan stands. */
public enum PlanState {
    /** 待审批: a change waiting for the zone manager. */
    PROPOSED,
    /** 已生效: the plan as approved (or as first entered, which needs no approval). */
    APPROVED,
    /** 已退回: a change the manager returned, with the reason; the plan before it stays. */
    RETURNED
}
