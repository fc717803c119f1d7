package cn.zoneflow.domain.model.calendar;

import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.time.LocalDate;

/**
 * A day of the calendar as an administrator types it: the date, 休 (off) or 班 (make-up working day) and the
 * holiday's name. A make-up working day must fall on a weekend; on a weekday it would change nothing and is
 * almost always a typing slip.
 */
public record CalendarDayInput(String date, String kind, String name) {

    public static final String OFF = "休";
    public static final String WORKING = "班";

    /** A line copied from the notice, e.g. {@code 2027-02-06 班 春节}; missing parts stay empty. */
    public static CalendarDayInput ofLine(String line) {
        String[] parts = line.strip().split("\\s+", 3);
        return new CalendarDayInput(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
    }

    public static String lineOf(CalendarDay day) {
        return day.date() + " " + kindOf(day) + " " + day.name();
    }

    public static String kindOf(CalendarDay day) {
        return day.off() ? OFF : WORKING;
    }

    /** The day, or null with each problem recorded against its field ({@code date}, {@code kind}, {@code name}). */
    public CalendarDay read(InputReader reader) {
        LocalDate day = reader.date("date", date, true);
        Boolean off = reader.required("kind", kind, CalendarDayInput::off);
        String holiday = reader.text("name", name, CalendarDay.NAME_MAX_LENGTH, true);
        if (day == null || off == null || holiday == null) {
            return null;
        }
        CalendarDay read = new CalendarDay(day, off, holiday);
        if (!off && !read.onWeekend()) {
            reader.reject("kind", "calendar.day.workingOnWeekday", date);
            return null;
        }
        return read;
    }

    private static Boolean off(String text) {
        return switch (text) {
            case OFF, "放假", "off" -> true;
            case WORKING, "上班", "work" -> false;
            default -> throw new InvalidValueException("calendar.day.kind", text);
        };
    }
}
