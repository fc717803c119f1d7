package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.report.SupervisionFigureRepository;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository.ProcedureCounts;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository.WarnedProjects;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallReport.ZoneCount;
import cn.zoneflow.domain.model.supervision.StallRepository;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How each zone of a scope stood on a day — procedures, overdue tasks, open notices, "三未" projects, and the
 * projects at red and yellow now — from one grouped query per figure, for the monthly notice and the overview alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ZoneSupervisions {

    private static final ProcedureCounts NO_PROCEDURES = new ProcedureCounts(0, 0, 0);
    private static final WarnedProjects NO_WARNINGS = new WarnedProjects(0, 0);

    @Inject
    private SupervisionFigureRepository figures;

    @Inject
    private StallRepository stalls;

    @Inject
    private ZoneRepository zones;

    public ZoneSupervisions() {
    }

    public ZoneSupervisions(SupervisionFigureRepository figures, StallRepository stalls, ZoneRepository zones) {
        this.figures = figures;
        this.stalls = stalls;
        this.zones = zones;
    }

    /** Every zone of the scope, in the zones' order, with its figures on the day. */
    public Map<Zone, ZoneSupervision> on(Scope scope, LocalDate asOf) {
        Map<Long, ProcedureCounts> procedures = figures.procedures(scope, asOf);
        Map<Long, Long> overdueTasks = figures.overdueTasks(scope, asOf);
        Map<Long, Long> openNotices = figures.openNotices(scope);
        Map<Long, WarnedProjects> warned = figures.warnedProjects(scope);
        Map<StallKind, Map<String, Long>> stalledByZone = new EnumMap<>(StallKind.class);
        for (StallKind kind : StallKind.values()) {
            stalledByZone.put(kind, stalls.countsByZone(kind, stalls.monthsFor(kind), scope, asOf).stream()
                    .collect(Collectors.toMap(ZoneCount::zone, ZoneCount::count)));
        }
        Map<Zone, ZoneSupervision> byZone = new LinkedHashMap<>();
        for (Zone zone : zones.zonesWithin(scope)) {
            ProcedureCounts counts = procedures.getOrDefault(zone.id(), NO_PROCEDURES);
            WarnedProjects lights = warned.getOrDefault(zone.id(), NO_WARNINGS);
            byZone.put(zone, new ZoneSupervision(zone.city().fullName(), zone.name(), new SupervisionTally(
                    counts.required(), counts.closed(), counts.overdue(), overdueTasks.getOrDefault(zone.id(), 0L),
                    openNotices.getOrDefault(zone.id(), 0L), stalledIn(zone, stalledByZone), lights.red(),
                    lights.yellow())));
        }
        return byZone;
    }

    private static Map<StallKind, Long> stalledIn(Zone zone, Map<StallKind, Map<String, Long>> stalledByZone) {
        Map<StallKind, Long> counts = new EnumMap<>(StallKind.class);
        stalledByZone.forEach((kind, byZone) -> counts.put(kind, byZone.getOrDefault(zone.name(), 0L)));
        return counts;
    }
}
