package cn.zoneflow.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers whether a day is a working day and counts working days, from the years known and their exceptions
 * (a holiday on a weekday is off; a 调休 weekend day is on). Immutable; build a new one when the data changes.
 */
public final class WorkingDayCalendar {

    private final Set<Integer> years;
    private final Map<LocalDate, Boolean> offByException;

    /**
     * @param years the years whose official calendar is known
     * @param offByException for each exceptional day, whether it is off (true) or a working day (false)
     */
    public WorkingDayCalendar(Set<Integer> years, Map<LocalDate, Boolean> offByException) {
        this.years = Set.copyOf(years);
        this.offByException = Map.copyOf(offByException);
    }

    /** @throws CalendarYearMissingException when the day's year has no data */
    public boolean isWorkingDay(LocalDate day) {
        if (!years.contains(day.getYear())) {
            throw new CalendarYearMissingException(day.getYear());
        }
        Boolean off = offByException.get(day);
        if (off != null) {
            return !off;
        }
        return isWeekday(day);
    }

    /**
     * The day on which a limit of the given working days ends when it starts on {@code start}: the start day itself
     * is not counted, as statutory limits are counted from the day after receipt.
     */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        return plus(start, workingDays, this::isWorkingDay);
    }

    /**
     * As {@link #plusWorkingDays}, but where the limit reaches into a year whose notice is not published yet, counting
     * Monday to Friday there: for the few days a 督办 notice gives to answer, which must have a date the day it is sent
     * (on the last days of December as on any other), whereas a statutory limit waits for the notice.
     */
    public LocalDate plusWorkingDaysOrWeekdays(LocalDate start, int workingDays) {
        return plus(start, workingDays, day -> years.contains(day.getYear()) ? isWorkingDay(day) : isWeekday(day));
    }

    private static LocalDate plus(LocalDate start, int workingDays, Predicate<LocalDate> working) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (working.test(day)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The first year from the given one on whose holiday notice is not in the calendar: what deadlines wait for. */
    public int firstMissingYearFrom(int year) {
        int missing = year;
        while (years.contains(missing)) {
            missing++;
        }
        return missing;
    }

    public Set<Integer> years() {
        return years;
    }
}
