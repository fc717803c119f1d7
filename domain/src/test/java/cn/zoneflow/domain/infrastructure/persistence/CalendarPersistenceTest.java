package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.calendar.CalendarDay;
import cn.zoneflow.domain.model.calendar.CalendarYear;
import cn.zoneflow.domain.model.calendar.CalendarYearInput;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The system administrator's changes to the calendar, as the deadlines read them back. */
class CalendarPersistenceTest {

    private static final String NOTICE_2027 = "https://www.gov.cn/zhengce/zhengceku/202611/content_0000000.htm";

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_calendar_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPublishedYearCountsItsHolidaysAndMakeUpDaysAndCanBePublishedAgainCorrected(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            publish(factory, "2027-01-01 休 元旦\n2027-02-07 班 春节\n2027-02-08 休 春节");
            WorkingDayCalendar first = calendar(factory);

            publish(factory, "2027-01-01 休 元旦\n2027-02-06 班 春节");
            WorkingDayCalendar corrected = calendar(factory);

            assertThat(first.years()).contains(2026, 2027);
            assertThat(first.isWorkingDay(LocalDate.of(2027, 2, 7))).as("Sunday 调休").isTrue();
            assertThat(first.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
            assertThat(corrected.isWorkingDay(LocalDate.of(2027, 2, 7))).as("an ordinary Sunday again").isFalse();
            assertThat(corrected.isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue();
            assertThat(corrected.isWorkingDay(LocalDate.of(2027, 2, 6))).isTrue();
            CalendarYear stored = years(factory).get(0);
            assertThat(stored.year()).isEqualTo(2027);
            assertThat(stored.noticeUrl()).isEqualTo(NOTICE_2027);
            assertThat(stored.days()).containsExactly(new CalendarDay(LocalDate.of(2027, 1, 1), true, "元旦"),
                    new CalendarDay(LocalDate.of(2027, 2, 6), false, "春节"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aYearKeepsTheDaysItsNoticeSetBeforeItBegan(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            List<CalendarYear> years = years(factory);

            assertThat(years).extracting(CalendarYear::year).containsExactly(2026, 2025, 2024, 2023);
            assertThat(years.get(3).days().get(0)).as("元旦 2023 began on 31 December 2022")
                    .isEqualTo(new CalendarDay(LocalDate.of(2022, 12, 31), true, "元旦"));
            assertThat(years.get(0).offDays()).isEqualTo(33);
            assertThat(years.get(0).makeUpWorkingDays()).isEqualTo(6);
        }
    }

    private static void publish(EntityManagerFactory factory, String days) {
        CalendarYear year = new CalendarYearInput("2027", NOTICE_2027, days).read();
        TestDatabases.write(factory, em -> new JpaCalendarRepository(em).replace(year));
    }

    private static WorkingDayCalendar calendar(EntityManagerFactory factory) {
        return TestDatabases.read(factory, em -> new JpaCalendarRepository(em).calendar());
    }

    private static List<CalendarYear> years(EntityManagerFactory factory) {
        return TestDatabases.read(factory, em -> new JpaCalendarRepository(em).years());
    }
}
