package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.calendar.CalendarChanged;
import cn.zoneflow.domain.model.calendar.CalendarRepository;
import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.calendar.Deadline;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Deadlines of steps, counted in working days on the official calendar. The calendar changes a few times a
 * year, so it is read once and kept until it changes.
 */
@ApplicationScoped
public class Deadlines {

    private static final Logger LOG = Logger.getLogger(Deadlines.class.getName());

    @Inject
    private CalendarRepository calendars;

    private volatile WorkingDayCalendar calendar;

    /**
     * The deadline of a step starting on the given day and due the given working days later.
     *
     * @throws CalendarYearMissingException when the days reach into a year the calendar lacks
     */
    public Deadline forStep(int workingDays, LocalDate start) {
        return Deadline.of(calendar(), start, workingDays);
    }

    /**
     * The deadline of the request to move a project on from the given stage: its step's working days, except from
     * 储备, where no one can say when the enterprise will sign, so no limit runs and no late notice follows.
     */
    public Optional<Deadline> forStageMoveRequest(int workingDays, Stage from, LocalDate start) {
        return stageMoveRequestHasLimit(from) ? Optional.of(forStep(workingDays, start)) : Optional.empty();
    }

    public boolean stageMoveRequestHasLimit(Stage from) {
        return from != Stage.RESERVE;
    }

    /**
     * The deadline of a department deciding a procedure submitted on the given day: its statutory limit. None while
     * the limit reaches into a year whose notice is not in the calendar yet; publishing the year counts it then.
     */
    public Optional<Deadline> forProcedure(Procedure procedure, LocalDate submittedOn) {
        try {
            return Optional.of(Deadline.of(calendar(), submittedOn, procedure.statutoryDays()));
        } catch (CalendarYearMissingException e) {
            LOG.warning(() -> procedure + " submitted on " + submittedOn + " has no deadline yet: " + e.getMessage());
            return Optional.empty();
        }
    }

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null) {
            current = calendars.calendar();
            calendar = current;
        }
        return current;
    }

    /**
     * Read again within the change, so that deadlines recounted in it use the new calendar, and once more when the
     * change ends, so that one rolled back is forgotten.
     */
    void calendarChanging(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) CalendarChanged change) {
        calendar = null;
    }

    void calendarChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarChanged change) {
        calendar = null;
    }
}
