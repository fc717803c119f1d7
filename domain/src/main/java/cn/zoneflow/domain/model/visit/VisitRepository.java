package cn.zoneflow.domain.model.visit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The 入企服务 visits of the province's projects. */
public interface VisitRepository {

    void add(EnterpriseVisit visit);

    /** A project's visits, the latest first. */
    List<EnterpriseVisit> ofProject(long projectId);

    /** The day of each project's latest visit, for those of the projects visited at all. */
    Map<Long, LocalDate> lastVisitOf(Collection<Long> projectIds);
}
