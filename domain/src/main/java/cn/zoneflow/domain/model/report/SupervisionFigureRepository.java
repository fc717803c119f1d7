package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.Map;

/** Counts per zone for the monthly notice, each one grouped query in the database. Keys are zone ids. */
public interface SupervisionFigureRepository {

    /** Required, closed and overdue procedures of a zone's projects on the day. */
    record ProcedureCounts(long required, long closed, long overdue) {
    }

    Map<Long, ProcedureCounts> procedures(Scope scope, LocalDate asOf);

    /** Open tasks whose due day is before the day. */
    Map<Long, Long> overdueTasks(Scope scope, LocalDate asOf);

    /** Notices not answered yet. */
    Map<Long, Long> openNotices(Scope scope);

    /** Projects standing at red, and at yellow without a red, by their warnings now. */
    record WarnedProjects(long red, long yellow) {
    }

    Map<Long, WarnedProjects> warnedProjects(Scope scope);
}
