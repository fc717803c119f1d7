package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.user.Scope;
import java.util.List;

/** The cohorts of the follow-up rates, counted and summed in the database. */
public interface CohortRepository {

    /**
     * The cohort of a rate in each zone within the scope that has one: the projects presented in the rate's batch of
     * the activities held in the period, with their stages and completed investment as of the period's {@code asOf}.
     * A project presented in several such activities counts once.
     */
    List<Cohort> cohorts(FollowUpRateKind kind, Scope scope, RatePeriod period);

    /**
     * The same cohorts counted for each activity held in the period (the group is the activity's id), so that
     * successive activities can be compared; a project presented in two of them counts in both.
     */
    List<Cohort> cohortsByActivity(FollowUpRateKind kind, Scope scope, RatePeriod period);
}
