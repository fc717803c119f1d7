package cn.zoneflow.domain.model.warning;

import java.time.LocalDate;

/** When a milestone not yet reached turns yellow. */
public enum YellowFrom {
    /** From the first day of the planned month: "planned this month and not there yet". */
    PLANNED_MONTH,
    /** From the day after the planned date: "the planned date has passed". */
    PLANNED_DAY;

    /** The first day the milestone, still ahead, is yellow. */
    public LocalDate firstDay(LocalDate planned) {
        return this == PLANNED_MONTH ? planned.withDayOfMonth(1) : planned.plusDays(1);
    }
}
