package cn.zoneflow.domain.model.audit;

/** How an audited attempt ended. */
public enum AuditResult {
    SUCCESS,
    FAILURE,
    DENIED
}
