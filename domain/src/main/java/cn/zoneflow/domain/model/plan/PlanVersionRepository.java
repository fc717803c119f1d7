package cn.zoneflow.domain.model.plan;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PlanVersionRepository {

    /** Every version of the project's plan, the first first. */
    List<PlanVersion> of(long projectId);

    Optional<PlanVersion> find(long versionId);

    void add(PlanVersion version);

    /** Writes what was added, so that a new version has its id. */
    void flush();

    /** Each project's current plan for the year, by project id, for judging every project at once. */
    Map<Long, YearPlan> currentYearPlans(Year year);
}
