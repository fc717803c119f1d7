package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.calendar.Deadline;
import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar as seeded from the State Council's notices, around the holidays that trip deadlines up. */
class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadTheSeededCalendar() {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(
                TestDatabases.migrated(TestDatabases.h2()))) {
            EntityManager em = factory.createEntityManager();
            calendar = new JpaCalendarRepository(em).calendar();
            em.close();
        }
    }

    @AfterAll
    static void forget() {
        calendar = null;
    }

    @Test
    void fiveWorkingDaysFromTheFridayBeforeNationalDay2025EndAfterTheHoliday() {
        LocalDate friday = LocalDate.of(2025, 9, 26);

        // Sun 28 Sep is a make-up working day; 1–8 Oct are off
        assertThat(calendar.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void aDeadlineCanLandOnAMakeUpSaturday() {
        LocalDate due = calendar.plusWorkingDays(LocalDate.of(2025, 10, 9), 2);

        assertThat(due).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(due)).isTrue();
    }

    @Test
    void theSpringFestivalWeekOf2025CountsNoWorkingDay() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 4))).isZero();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday before, 调休").isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void ordinaryWeeksAreMondayToFriday() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aYearWithoutDataIsReportedNotGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarYearMissingException.class)
                .hasMessageContaining("2027");
    }

    @Test
    void workIsNearDueWhenEightyPercentOfItsWorkingDaysAreUsed() {
        Deadline deadline = Deadline.of(calendar, LocalDate.of(2026, 11, 20), 10);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(deadline.nearFrom()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(deadline.stateOn(LocalDate.of(2026, 12, 1))).isEqualTo(DueState.NORMAL);
        assertThat(deadline.stateOn(LocalDate.of(2026, 12, 2))).isEqualTo(DueState.NEAR);
        assertThat(deadline.stateOn(LocalDate.of(2026, 12, 4))).isEqualTo(DueState.NEAR);
        assertThat(deadline.stateOn(LocalDate.of(2026, 12, 5))).isEqualTo(DueState.OVERDUE);
    }
}
