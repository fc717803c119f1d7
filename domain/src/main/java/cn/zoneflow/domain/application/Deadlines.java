package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.calendar.CalendarChanged;
import cn.zoneflow.domain.model.calendar.CalendarRepository;
import cn.zoneflow.domain.model.calendar.Deadline;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import cn.zoneflow.domain.model.procedure.Procedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Deadlines of steps, counted in working days on the official calendar. The calendar changes a few times a
 * year, so it is read once and kept until a change to it is committed.
 */
@ApplicationScoped
public class Deadlines {

    @Inject
    private CalendarRepository calendars;

    private volatile WorkingDayCalendar calendar;

    /** The deadline of a step starting on the given day, when a rule sets its working days. */
    public Optional<Deadline> forStep(String taskType, LocalDate start) {
        return calendars.workingDaysFor(taskType).map(days -> Deadline.of(calendar(), start, days));
    }

    /** The deadline of a department deciding a procedure submitted on the given day: its statutory limit. */
    public Deadline forProcedure(Procedure procedure, LocalDate submittedOn) {
        return Deadline.of(calendar(), submittedOn, procedure.statutoryDays());
    }

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null) {
            current = calendars.calendar();
            calendar = current;
        }
        return current;
    }

    void calendarChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        calendar = null;
    }
}
