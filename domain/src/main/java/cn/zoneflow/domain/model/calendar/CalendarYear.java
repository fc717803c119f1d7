package cn.zoneflow.domain.model.calendar;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A year of the official calendar as the State Council's notice (国务院办公厅关于某年部分节假日安排的通知) sets it:
 * the notice's address and its exceptional days, in date order. A few days may lie just outside the year, such as
 * a 元旦 holiday that begins on 31 December.
 */
public record CalendarYear(int year, String noticeUrl, List<CalendarDay> days) {

    public CalendarYear {
        Objects.requireNonNull(noticeUrl, "noticeUrl");
        days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    public long offDays() {
        return days.stream().filter(CalendarDay::off).count();
    }

    public long makeUpWorkingDays() {
        return days.size() - offDays();
    }
}
