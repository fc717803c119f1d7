package cn.zoneflow.domain.application;

import cn.zoneflow.domain.application.ReportPlaces.Place;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.report.ActivityRates;
import cn.zoneflow.domain.model.report.Cohort;
import cn.zoneflow.domain.model.report.CohortRepository;
import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up rates of a scope: the database sums each zone's cohorts, and the zones' numerators and
 * denominators are added up to their city and the province (never their percents).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpReports {

    @Inject
    private CohortRepository cohorts;

    @Inject
    private ZoneRepository zones;

    @Inject
    private ActivityRepository activities;

    public FollowUpReports() {
    }

    public FollowUpReports(CohortRepository cohorts, ZoneRepository zones, ActivityRepository activities) {
        this.cohorts = cohorts;
        this.zones = zones;
        this.activities = activities;
    }

    public FollowUpReport report(Scope scope, RatePeriod period) {
        ReportPlaces within = ReportPlaces.within(scope, zones);
        Map<Place, Map<FollowUpRateKind, FollowUpRate>> byPlace = new LinkedHashMap<>();
        within.places().forEach(place -> byPlace.put(place, new EnumMap<>(FollowUpRateKind.class)));
        Map<FollowUpRateKind, FollowUpRate> total = new EnumMap<>(FollowUpRateKind.class);
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            for (Cohort cohort : cohorts.cohorts(kind, scope, period)) {
                FollowUpRate rate = kind.over(cohort);
                total.merge(kind, rate, FollowUpRate::plus);
                Map<FollowUpRateKind, FollowUpRate> ofPlace = byPlace.get(within.of(cohort.groupId()));
                if (ofPlace != null) {
                    ofPlace.merge(kind, rate, FollowUpRate::plus);
                }
            }
        }
        List<PlaceRates> places = byPlace.entrySet().stream()
                .map(entry -> new PlaceRates(entry.getKey().name(), entry.getKey().scope(), entry.getValue()))
                .toList();
        return new FollowUpReport(period, new PlaceRates(within.scope().name(), scope, total), places);
    }

    /**
     * The rates of each activity held in the period on its own, oldest first, so that a reader sees how successive
     * activities' projects have advanced; an activity without projects of the scope is left out.
     */
    public List<ActivityRates> trend(Scope scope, RatePeriod period) {
        Map<Long, Map<FollowUpRateKind, FollowUpRate>> byActivity = new LinkedHashMap<>();
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            for (Cohort cohort : cohorts.cohortsByActivity(kind, scope, period)) {
                byActivity.computeIfAbsent(cohort.groupId(), id -> new EnumMap<>(FollowUpRateKind.class))
                        .put(kind, kind.over(cohort));
            }
        }
        return activities.heldBetween(period.from(), period.to()).stream()
                .filter(activity -> byActivity.containsKey(activity.id()))
                .map(activity -> new ActivityRates(activity.name(), activity.heldOn(), byActivity.get(activity.id())))
                .toList();
    }
}
