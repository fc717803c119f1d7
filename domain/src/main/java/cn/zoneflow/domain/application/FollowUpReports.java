package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.report.Cohort;
import cn.zoneflow.domain.model.report.CohortRepository;
import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The follow-up rates of a scope: the database sums each zone's cohorts, and the zones' numerators and
 * denominators are added up to their city and the province (never their percents).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FollowUpReports {

    private static final String PROVINCE_NAME = "山西省";

    @Inject
    private CohortRepository cohorts;

    @Inject
    private ZoneRepository zones;

    public FollowUpReports() {
    }

    public FollowUpReports(CohortRepository cohorts, ZoneRepository zones) {
        this.cohorts = cohorts;
        this.zones = zones;
    }

    public FollowUpReport report(Scope scope, RatePeriod period) {
        List<Zone> within = zones.zonesWithin(scope);
        Function<Zone, Place> placeOf = scope.zone().isEmpty() && scope.city().isEmpty()
                ? zone -> new Place(zone.city().fullName(), Scope.ofCity(zone.city().divisionCode()))
                : zone -> new Place(zone.name(), Scope.ofZone(zone.id()));
        Map<Long, Place> placeOfZone = new LinkedHashMap<>();
        Map<Place, Map<FollowUpRateKind, FollowUpRate>> byPlace = new LinkedHashMap<>();
        for (Zone zone : within) {
            Place place = placeOf.apply(zone);
            placeOfZone.put(zone.id(), place);
            byPlace.putIfAbsent(place, new EnumMap<>(FollowUpRateKind.class));
        }
        Map<FollowUpRateKind, FollowUpRate> total = new EnumMap<>(FollowUpRateKind.class);
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            for (Cohort cohort : cohorts.cohorts(kind, scope, period)) {
                FollowUpRate rate = kind.over(cohort);
                total.merge(kind, rate, FollowUpRate::plus);
                Place place = placeOfZone.get(cohort.zoneId());
                byPlace.get(place).merge(kind, rate, FollowUpRate::plus);
            }
        }
        List<PlaceRates> places = scope.zone().isPresent() ? List.of() : byPlace.entrySet().stream()
                .map(entry -> new PlaceRates(entry.getKey().name(), entry.getKey().scope(), entry.getValue()))
                .toList();
        return new FollowUpReport(period, new PlaceRates(nameOf(scope), scope, total), places);
    }

    private String nameOf(Scope scope) {
        if (scope.zone().isPresent()) {
            return zones.zone(scope.zoneId()).map(Zone::name).orElseThrow();
        }
        if (scope.city().isPresent()) {
            return zones.cities().stream().filter(city -> city.divisionCode().equals(scope.cityCode()))
                    .map(City::fullName).findFirst().orElseThrow();
        }
        return PROVINCE_NAME;
    }

    private record Place(String name, Scope scope) {
    }
}
