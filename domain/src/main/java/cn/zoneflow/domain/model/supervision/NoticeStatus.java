package cn.zoneflow.domain.model.supervision;

/** Where a supervision notice stands. */
public enum NoticeStatus {
    /** 待答复: sent, not answered yet. */
    OPEN,
    /** 已答复: the zone answered. */
    ANSWERED
}
