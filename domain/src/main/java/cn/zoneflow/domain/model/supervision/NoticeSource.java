package cn.zoneflow.domain.model.supervision;

/** Why a notice was sent. */
public enum NoticeSource {
    /** A supervisor wrote it. */
    SUPERVISOR,
    /** The overdue sweep found a task past its deadline. */
    OVERDUE_TASK
}
