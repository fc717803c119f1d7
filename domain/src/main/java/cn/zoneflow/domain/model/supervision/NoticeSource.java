package cn.zoneflow.domain.model.supervision;

/** Why a notice was sent. */
public enum NoticeSource {
    /** A supervisor wrote it. */
    SUPERVISOR,
    /** The overdue sweep found a task past its deadline. */
    OVERDUE_TASK,
    /** The sweep found the project stalled at its stage ("三未"). */
    STALL,
    /** The project's warning turned red, under a rule that says to tell the zone. */
    WARNING
}
