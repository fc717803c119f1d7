package cn.zoneflow.domain.model.calendar;

/** How a piece of work stands against its deadline: in time, near due (80 % of its time used), or overdue. */
public enum DueState {
    NORMAL,
    NEAR,
    OVERDUE
}
