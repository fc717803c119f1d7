package cn.zoneflow.domain.model.calendar;

import java.time.LocalDate;

/**
 * When a piece of work is due, and from which day it counts as near due (80 % of its working days used). Both
 * are whole days: work is due by the end of {@link #due()}.
 */
public record Deadline(LocalDate start, LocalDate nearFrom, LocalDate due, int workingDays) {

    /** Share of the limit after which work counts as near due. */
    public static final double NEAR_SHARE = 0.8;

    public static Deadline of(WorkingDayCalendar calendar, LocalDate start, int workingDays) {
        int nearAfter = (int) Math.ceil(workingDays * NEAR_SHARE);
        return new Deadline(start, calendar.plusWorkingDays(start, nearAfter),
                calendar.plusWorkingDays(start, workingDays), workingDays);
    }

    public DueState stateOn(LocalDate today) {
        if (today.isAfter(due)) {
            return DueState.OVERDUE;
        }
        return today.isBefore(nearFrom) ? DueState.NORMAL : DueState.NEAR;
    }
}
