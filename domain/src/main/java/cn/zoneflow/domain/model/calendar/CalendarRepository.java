package cn.zoneflow.domain.model.calendar;

import java.util.Optional;

/** The working-day calendar and the deadline rules, as stored. */
public interface CalendarRepository {

    WorkingDayCalendar calendar();

    /** The working days allowed for a kind of step, when a rule sets them. */
    Optional<Integer> workingDaysFor(String taskType);
}
