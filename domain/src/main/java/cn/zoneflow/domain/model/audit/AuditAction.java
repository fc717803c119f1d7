package cn.zoneflow.domain.model.audit;

/** What was done; the screens name each in the reader's language. */
public enum AuditAction {
    LOGIN,
    LOGOUT,
    ACCESS_DENIED,
    PROJECT_REGISTERED,
    PROJECT_IMPORT,
    INVESTMENT_RECORDED,
    ACTIVITY_CREATED,
    PROJECT_PRESENTED,
    TASK_CLAIMED,
    TASK_UNCLAIMED,
    STAGE_MOVE_REQUESTED,
    STAGE_MOVE_APPROVED,
    STAGE_MOVE_RETURNED,
    EXPORT,
    AUDIT_TRAIL_READ
}
