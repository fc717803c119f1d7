package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository.ProcedureCounts;
import cn.zoneflow.domain.model.report.ZoneRanking;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.shared.InvalidInputException;
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
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles the monthly notice of a scope from grouped queries: the rates of the activities held from the first
 * of January to the month's end, and for each zone its procedures, overdue tasks, open notices and "三未" counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonthlyNotices {

    private static final ProcedureCounts NO_PROCEDURES = new ProcedureCounts(0, 0, 0);

    @Inject
    private FollowUpReports followUpReports;

    @Inject
    private SupervisionFigureRepository figures;

    @Inject
    private StallRepository stalls;

    @Inject
    private ZoneRepository zones;

    /**
     * @throws InvalidInputException when the month has not begun yet
     */
    public MonthlyNotice notice(Scope scope, YearMonth month, LocalDate today) {
        if (month.isAfter(YearMonth.from(today))) {
            throw InvalidInputException.of("month", "month.future", month.toString());
        }
        LocalDate asOf = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        FollowUpReport rates = followUpReports.report(scope,
                new RatePeriod(month.atDay(1).withDayOfYear(1), month.atEndOfMonth(), asOf));
        Map<Long, ProcedureCounts> procedures = figures.procedures(scope, asOf);
        Map<Long, Long> overdueTasks = figures.overdueTasks(scope, asOf);
        Map<Long, Long> openNotices = figures.openNotices(scope);
        Map<StallKind, Map<String, Long>> stalledByZone = new EnumMap<>(StallKind.class);
        for (StallKind kind : StallKind.values()) {
            stalledByZone.put(kind, stalls.countsByZone(kind, stalls.monthsFor(kind), scope, asOf).stream()
                    .collect(Collectors.toMap(ZoneCount::zone, ZoneCount::count)));
        }
        List<ZoneSupervision> zoneFigures = zones.zonesWithin(scope).stream().map(zone -> {
            ProcedureCounts counts = procedures.getOrDefault(zone.id(), NO_PROCEDURES);
            return new ZoneSupervision(zone.city().fullName(), zone.name(), counts.required(), counts.closed(),
                    counts.overdue(), overdueTasks.getOrDefault(zone.id(), 0L),
                    openNotices.getOrDefault(zone.id(), 0L), stalledIn(zone, stalledByZone));
        }).toList();
        return new MonthlyNotice(rates.total().name(), month, asOf, rates, ZoneRanking.rank(zoneFigures));
    }

    private static Map<StallKind, Long> stalledIn(Zone zone, Map<StallKind, Map<String, Long>> stalledByZone) {
        Map<StallKind, Long> counts = new EnumMap<>(StallKind.class);
        stalledByZone.forEach((kind, byZone) -> counts.put(kind, byZone.getOrDefault(zone.name(), 0L)));
        return counts;
    }
}
