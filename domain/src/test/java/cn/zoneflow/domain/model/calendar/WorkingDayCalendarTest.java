package cn.zoneflow.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counting working days across the turn of a year whose holiday notice is or is not published. */
class WorkingDayCalendarTest {

    /** 2026 known, with 1 January off; 2027 not published yet. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(2026),
            Map.of(LocalDate.of(2026, 1, 1), true));

    @Test
    void aStatutoryLimitReachingIntoAnUnpublishedYearCannotBeCountedYet() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 3))
                .isInstanceOf(CalendarYearMissingException.class);
    }

    @Test
    void deadlinesWaitForTheFirstYearWithoutItsNotice() {
        WorkingDayCalendar published = new WorkingDayCalendar(Set.of(2025, 2026), Map.of());

        assertThat(published.firstMissingYearFrom(2025)).isEqualTo(2027);
        assertThat(published.firstMissingYearFrom(2027)).isEqualTo(2027);
    }

    @Test
    void aNoticesFewDaysCountMondayToFridayInAYearNotPublishedYet() {
        // Thursday 31 December 2026: Friday 1, Monday 4 and Tuesday 5 January 2027
        assertThat(calendar.plusWorkingDaysOrWeekdays(LocalDate.of(2026, 12, 31), 3))
                .isEqualTo(LocalDate.of(2027, 1, 5));
        // within a published year its days off still count as off: 1 January 2026 is skipped
        assertThat(calendar.plusWorkingDaysOrWeekdays(LocalDate.of(2025, 12, 31), 1))
                .isEqualTo(LocalDate.of(2026, 1, 2));
    }
}
