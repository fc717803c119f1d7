package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.calendar.CalendarChanged;
import cn.zoneflow.domain.model.calendar.CalendarRepository;
import cn.zoneflow.domain.model.calendar.CalendarYear;
import cn.zoneflow.domain.model.calendar.CalendarYearInput;
import cn.zoneflow.domain.model.calendar.Deadline;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The system administrator keeps the working-day calendar (工作日历): publishes a year from the State Council's
 * notice as soon as it is out (deadlines reaching into a year without data cannot be counted) and publishes it
 * again to correct a day. Every change is audited. Deadlines counted from then on use the new calendar; those that
 * could not be counted for want of the year (the workflow's tasks, the procedures the departments are deciding) are
 * counted as part of the publication; those counted before stay as they were.
 */
@ApplicationScoped
@Transactional
public class CalendarAdministration {

    @Inject
    private CalendarRepository calendars;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private Deadlines deadlines;

    @Inject
    private Event<CalendarChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarYear> years(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return calendars.years();
    }

    /**
     * Stores the year in place of what it had.
     *
     * @throws InvalidInputException naming every wrong field and line; nothing is written
     */
    public CalendarYear publish(UserAccount actor, CalendarYearInput input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        CalendarYear year = input.read();
        calendars.replace(year);
        changed.fire(new CalendarChanged(year.year()));
        int recounted = 0;
        for (ProjectProcedure submitted : procedures.submittedWithoutDeadline()) {
            Optional<Deadline> deadline = deadlines.forProcedure(submitted.procedure(), submitted.submittedOn());
            deadline.ifPresent(counted -> submitted.deadlineCounted(counted.due()));
            recounted += deadline.isPresent() ? 1 : 0;
        }
        audit.record(AuditEvent.success(AuditAction.CALENDAR_YEAR_PUBLISHED, "calendarYear",
                String.valueOf(year.year())).withDetail(year.offDays() + " 休 " + year.makeUpWorkingDays() + " 班, "
                + recounted + " procedure deadlines counted; " + year.noticeUrl()));
        return year;
    }
}
