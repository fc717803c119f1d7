package cn.zoneflow.domain.application;

import cn.zoneflow.domain.application.ReportPlaces.Place;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.PipelineFigureRepository;
import cn.zoneflow.domain.model.report.PlaceOverview;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.report.ReformFigures;
import cn.zoneflow.domain.model.report.StageFunnel;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the overview of a scope: every figure is a grouped query per zone, and a city or the province adds up
 * its zones' counts (rates from their numerators and denominators, never from percents).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Overviews {

    @Inject
    private FollowUpReports followUpReports;

    @Inject
    private ZoneSupervisions zoneSupervisions;

    @Inject
    private PipelineFigureRepository pipeline;

    @Inject
    private ZoneRepository zones;

    public Overviews() {
    }

    public Overviews(FollowUpReports followUpReports, ZoneSupervisions zoneSupervisions,
            PipelineFigureRepository pipeline, ZoneRepository zones) {
        this.followUpReports = followUpReports;
        this.zoneSupervisions = zoneSupervisions;
        this.pipeline = pipeline;
        this.zones = zones;
    }

    /** Stages and commitment coverage as they stand today; the rest for the period and its judging day. */
    public Overview overview(Scope scope, RatePeriod period) {
        ReportPlaces within = ReportPlaces.within(scope, zones);
        Map<Long, StageFunnel> stages = pipeline.stages(scope);
        Map<Long, ReformFigures> reforms = pipeline.reforms(scope, period.from(), period.to());
        Map<Zone, ZoneSupervision> supervision = zoneSupervisions.on(scope, period.asOf());
        Map<Place, PlaceOverview> byPlace = new LinkedHashMap<>();
        within.places().forEach(place -> byPlace.put(place, empty(place)));
        PlaceOverview total = empty(within.scope());
        for (Map.Entry<Zone, ZoneSupervision> zone : supervision.entrySet()) {
            long id = zone.getKey().id();
            StageFunnel zoneStages = stages.getOrDefault(id, StageFunnel.NONE);
            ReformFigures zoneReforms = reforms.getOrDefault(id, ReformFigures.NONE);
            SupervisionTally zoneSupervision = zone.getValue().figures();
            total = total.plus(zoneStages, zoneReforms, zoneSupervision);
            byPlace.computeIfPresent(within.of(id), (place, figures) -> figures.plus(zoneStages, zoneReforms,
                    zoneSupervision));
        }
        return new Overview(period, total, List.copyOf(byPlace.values()), followUpReports.report(scope, period),
                followUpReports.trend(scope, period), List.copyOf(supervision.values()));
    }

    private static PlaceOverview empty(Place place) {
        return new PlaceOverview(place.name(), place.scope(), StageFunnel.NONE, ReformFigures.NONE,
                SupervisionTally.NONE);
    }
}
