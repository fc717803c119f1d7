package cn.zoneflow.domain.model.calendar;

import java.util.List;

/** The working-day calendar, as stored. */
public interface CalendarRepository {

    WorkingDayCalendar calendar();

    /** Every year known, newest first, each with the exceptional days that belong to it. */
    List<CalendarYear> years();

    /** Stores a year's notice and days in place of what the year had. */
    void replace(CalendarYear year);
}
