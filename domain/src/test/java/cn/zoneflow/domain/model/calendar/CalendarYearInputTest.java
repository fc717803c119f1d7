package cn.zoneflow.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A year typed or uploaded from the State Council's notice, as the system administrator enters it. */
class CalendarYearInputTest {

    private static final String NOTICE = "https://www.gov.cn/zhengce/zhengceku/202611/content_0000000.htm";

    @Test
    void readsOneDayPerLineWithTheHolidaysNameAndKeepsThemInDateOrder() {
        CalendarYear year = new CalendarYearInput("2027", NOTICE, """
                2027-02-07 班 春节
                2027-01-01 休 元旦

                2026-12-31 放假 元旦
                2027-10-01 休 国庆节、中秋节
                """).read();

        assertThat(year.year()).isEqualTo(2027);
        assertThat(year.noticeUrl()).isEqualTo(NOTICE);
        assertThat(year.days()).containsExactly(
                new CalendarDay(LocalDate.of(2026, 12, 31), true, "元旦"),
                new CalendarDay(LocalDate.of(2027, 1, 1), true, "元旦"),
                new CalendarDay(LocalDate.of(2027, 2, 7), false, "春节"),
                new CalendarDay(LocalDate.of(2027, 10, 1), true, "国庆节、中秋节"));
        assertThat(year.offDays()).isEqualTo(3);
        assertThat(year.makeUpWorkingDays()).isEqualTo(1);
    }

    @Test
    void refusesEveryWrongLineWithTheLineItselfAndEveryWrongField() {
        CalendarYearInput input = new CalendarYearInput("27", "javascript:alert(1)", """
                2027-02-31 休 春节
                2027-02-08 班 春节
                2027-03-01 假 清明
                2027-04-05 休
                """);

        assertThatThrownBy(input::read).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).containsExactly(
                        new FieldError("year", "calendar.year.invalid", "27"),
                        new FieldError("noticeUrl", "calendar.noticeUrl.invalid", "javascript:alert(1)"),
                        new FieldError("days", "date.format", "2027-02-31 休 春节"),
                        new FieldError("days", "calendar.day.workingOnWeekday", "2027-02-08 班 春节"),
                        new FieldError("days", "calendar.day.kind", "2027-03-01 假 清明"),
                        new FieldError("days", "field.required", "2027-04-05 休")));
    }

    @Test
    void aDayFarOutsideTheYearOrTwiceIsRefused() {
        CalendarYearInput input = new CalendarYearInput("2027", NOTICE, """
                2026-10-01 休 国庆节
                2027-05-01 休 劳动节
                2027-05-01 休 劳动节
                """);

        assertThatThrownBy(input::read).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).extracting(FieldError::messageKey)
                        .containsExactly("calendar.day.outsideYear", "calendar.day.repeated"));
    }

    @Test
    void aYearWithoutDaysIsIncomplete() {
        assertThatThrownBy(new CalendarYearInput("2027", NOTICE, " \n")::read)
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("days", "field.required", "")));
    }

    @Test
    void aStoredYearComesBackAsTheLinesItWasTypedIn() {
        CalendarYear year = new CalendarYearInput("2027", NOTICE, "2027-01-01 休 元旦\n2027-02-07 班 春节").read();

        assertThat(CalendarYearInput.of(year).read()).isEqualTo(year);
        assertThat(CalendarYearInput.of(year).days()).isEqualTo("2027-01-01 休 元旦\n2027-02-07 班 春节");
    }
}
