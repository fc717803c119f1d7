package cn.zoneflow.domain.model.calendar;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A year of the calendar as an administrator enters it from the State Council's notice: the year, the notice's
 * address and one line per exceptional day ({@link CalendarDayInput#ofLine}). A wrong line is refused with the
 * line itself, so that it can be found among thirty.
 */
public record CalendarYearInput(String year, String noticeUrl, String days) {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final int NOTICE_URL_MAX_LENGTH = 300;

    public static CalendarYearInput of(CalendarYear year) {
        return new CalendarYearInput(String.valueOf(year.year()), year.noticeUrl(),
                year.days().stream().map(CalendarDayInput::lineOf).collect(Collectors.joining("\n")));
    }

    /** @throws InvalidInputException naming every wrong field and line */
    public CalendarYear read() {
        InputReader reader = new InputReader();
        Integer number = reader.required("year", year, CalendarYearInput::year);
        String url = reader.required("noticeUrl", noticeUrl, CalendarYearInput::noticeUrl);
        List<CalendarDay> read = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (String line : lines()) {
            InputReader lineReader = new InputReader();
            CalendarDay day = CalendarDayInput.ofLine(line).read(lineReader);
            if (day == null) {
                FieldError first = lineReader.errors().get(0);
                reader.reject("days", first.messageKey(), line);
            } else if (number != null && !belongsTo(day.date(), number)) {
                reader.reject("days", "calendar.day.outsideYear", line);
            } else if (!seen.add(day.date())) {
                reader.reject("days", "calendar.day.repeated", line);
            } else {
                read.add(day);
            }
        }
        if (read.isEmpty() && !reader.hasErrors()) {
            reader.reject("days", "field.required", "");
        }
        reader.finish();
        return new CalendarYear(number, url, read);
    }

    /** A notice may start a holiday in the last days of the year before (元旦) or end one early in the next. */
    static boolean belongsTo(LocalDate day, int year) {
        return !day.isBefore(LocalDate.of(year, 1, 1).minusMonths(1))
                && !day.isAfter(LocalDate.of(year, 12, 31).plusMonths(1));
    }

    private List<String> lines() {
        return days == null ? List.of() : days.lines().filter(line -> !line.isBlank()).toList();
    }

    private static Integer year(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= FIRST_YEAR && number <= LAST_YEAR) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below like any year out of range
        }
        throw new InvalidValueException("calendar.year.invalid", text);
    }

    private static String noticeUrl(String text) {
        try {
            URI uri = new URI(text);
            if (text.length() <= NOTICE_URL_MAX_LENGTH && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below like any address that is not a web page's
        }
        throw new InvalidValueException("calendar.noticeUrl.invalid", text);
    }
}
