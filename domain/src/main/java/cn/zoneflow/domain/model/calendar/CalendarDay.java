package cn.zoneflow.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to Monday–Friday on the official calendar: a holiday (放假) that is off, or a make-up working day
 * (调休上班) on a weekend, named after the holiday it belongs to.
 */
public record CalendarDay(LocalDate date, boolean off, String name) {

    public static final int NAME_MAX_LENGTH = 40;

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }

    public boolean onWeekend() {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
