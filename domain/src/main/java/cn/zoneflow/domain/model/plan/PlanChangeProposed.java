package cn.zoneflow.domain.model.plan;

/**
 * A plan change (调整计划) waits for the zone manager. Fired inside the proposing transaction, so that the approval
 * task exists exactly when the change does.
 */
public record PlanChangeProposed(long projectId, String projectCode, long zoneId, long planVersionId) {
}
