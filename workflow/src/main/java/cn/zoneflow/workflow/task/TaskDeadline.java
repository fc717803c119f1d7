package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.shared.ChinaTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * How deadlines sit on engine tasks: the due date is the end of the due day and the follow-up date the start of
 * the near-due day, both in China's time, so the engine's own queries can find near and overdue tasks.
 */
public final class TaskDeadline {

    private TaskDeadline() {
    }

    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.MAX).atZone(ChinaTime.ZONE).toInstant());
    }

    /** The task is due at the end of the day and near due from its start: a deadline set as a day, not a limit. */
    public static void dueOn(DelegateTask task, LocalDate day) {
        task.setDueDate(endOf(day));
        task.setFollowUpDate(startOf(day));
    }

    /** Every day from the end of the given day on, as an engine timer cycle (an ISO 8601 repeating interval). */
    public static String dailyFromEndOf(LocalDate day) {
        return "R/" + endOf(day).toInstant().truncatedTo(ChronoUnit.SECONDS) + "/P1D";
    }

    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ChinaTime.ZONE).toInstant());
    }

    public static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ChinaTime.ZONE);
    }
}
