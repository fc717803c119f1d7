package cn.zoneflow.domain.model.visit;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The 入企服务 visits of the province's projects. */
public interface VisitRepository {

    void add(EnterpriseVisit visit);

    /** A project's visits, the latest first. */
    List<EnterpriseVisit> ofProject(long projectId);

    /** The visits made from {@code from} to {@code to} to the scope's projects, by zone id. */
    Map<Long, Long> countsByZone(Scope scope, LocalDate from, LocalDate to);

    /**
     * Each leader in charge of a project in the scope, by name: the projects they lead there, and the visits they
     * recorded and the problems they raised there from {@code from} to {@code to}.
     */
    List<LeaderWork> leaderWork(Scope scope, LocalDate from, LocalDate to);

    /** The day of each project's latest visit, for those of the projects visited at all. */
    Map<Long, LocalDate> lastVisitOf(Collection<Long> projectIds);
}
