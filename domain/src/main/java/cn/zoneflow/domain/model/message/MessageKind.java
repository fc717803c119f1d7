package cn.zoneflow.domain.model.message;

/** What changed for the user. */
public enum MessageKind {
    /** A task was given to them by name: by the process, a colleague's hand-over or a manager's reassignment. */
    ASSIGNED,
    /** A stage-move request they made came back from the manager or the city. */
    RETURNED,
    /** A 督办 notice reached their zone, or its answer is theirs to follow up. */
    NOTICE,
    /** A task of theirs is due within the coming working days. */
    DEADLINE_NEAR
}
