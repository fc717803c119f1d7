package cn.zoneflow.domain.model.calendar;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The working-day calendar and the deadline rules, as stored. */
public interface CalendarRepository {

    WorkingDayCalendar calendar();

    /** Every year known, newest first, each with the exceptional days that belong to it. */
    List<CalendarYear> years();

    /** Stores a year's notice and days in place of what the year had. */
    void replace(CalendarYear year);

    /** The working days allowed for a kind of step, when a rule sets them. */
    Optional<Integer> workingDaysFor(String taskType);

    /** The kinds of step a rule sets working days for. */
    Set<String> stepsWithLimit();
}
