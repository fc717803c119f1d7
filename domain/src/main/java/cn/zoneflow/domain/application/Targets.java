package cn.zoneflow.domain.application;

import cn.zoneflow.domain.application.ReportPlaces.Place;
import cn.zoneflow.domain.model.annualtarget.AnnualTarget;
import cn.zoneflow.domain.model.annualtarget.PlaceProgress;
import cn.zoneflow.domain.model.annualtarget.TargetBoard;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetProgress;
import cn.zoneflow.domain.model.annualtarget.TargetRepository;
import cn.zoneflow.domain.model.annualtarget.TargetRule;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.report.Ratio;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository.ProcedureCounts;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 年度目标责任书: supervisors set the year's targets of the zones and cities below them, against the version they read
 * and audited; everyone working on projects sees the progress of their scope and the places below it against the
 * targets and 序时进度, each indicator with its light.
 */
@ApplicationScoped
@Transactional
public class Targets {

    public static final int EARLIEST_YEAR = 2000;

    private static final Map<TargetIndicator, FollowUpRateKind> RATES = Map.of(
            TargetIndicator.SIGNED_TO_STARTED, FollowUpRateKind.SIGNED_TO_STARTED,
            TargetIndicator.STARTED_TO_PRODUCING, FollowUpRateKind.STARTED_TO_PRODUCING,
            TargetIndicator.PRODUCING_TO_EFFECTIVE, FollowUpRateKind.PRODUCING_TO_EFFECTIVE);

    @Inject
    private TargetRepository targets;

    @Inject
    private ZoneRepository zones;

    @Inject
    private FollowUpReports followUpReports;

    @Inject
    private SupervisionFigureRepository supervisionFigures;

    @Inject
    private AuditTrail audit;

    /**
     * @throws InvalidInputException naming {@code year} when it is before 2000 or after next year
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetBoard board(Scope scope, int year, LocalDate today) {
        checkYear(year, today);
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year, 12, 31)
                : year == today.getYear() ? today : LocalDate.of(year, 1, 1);
        LocalDate start = LocalDate.of(year, 1, 1);
        ReportPlaces within = ReportPlaces.within(scope, zones);
        Map<Long, Map<TargetIndicator, BigDecimal>> reached = targets.reached(scope, start, asOf);
        Map<Long, Map<TargetIndicator, BigDecimal>> lastYear = targets.reached(scope, start.minusYears(1),
                asOf.minusYears(1));
        Map<Long, ProcedureCounts> procedures = supervisionFigures.procedures(scope, asOf);
        FollowUpReport rates = followUpReports.report(scope, new RatePeriod(start, LocalDate.of(year, 12, 31), asOf));

        Figures total = new Figures();
        Map<Place, Figures> byPlace = new LinkedHashMap<>();
        within.places().forEach(place -> byPlace.put(place, new Figures()));
        for (long zone : zoneIds(reached, lastYear, procedures)) {
            Place place = within.of(zone);
            for (Figures figures : place == null || byPlace.get(place) == null ? List.of(total)
                    : List.of(total, byPlace.get(place))) {
                figures.add(reached.get(zone), lastYear.get(zone), procedures.get(zone));
            }
        }
        Map<String, Map<TargetIndicator, AnnualTarget>> set = new HashMap<>();
        targets.ofYear(year).forEach(target -> set.computeIfAbsent(target.place(),
                place -> new EnumMap<>(TargetIndicator.class)).put(target.indicator(), target));
        TargetRule rule = targets.rule();
        BigDecimal schedule = TargetProgress.scheduleOn(asOf);
        List<PlaceProgress> places = new ArrayList<>();
        byPlace.forEach((place, figures) -> places.add(figures.progress(place, rateOf(rates, place.scope()),
                set.getOrDefault(AnnualTarget.keyOf(place.scope()), Map.of()), schedule, rule)));
        PlaceProgress whole = total.progress(within.scope(), rates.total(),
                set.getOrDefault(AnnualTarget.keyOf(scope), Map.of()), schedule, rule);
        return new TargetBoard(year, asOf, schedule, whole, places);
    }

    /**
     * Sets one target of a zone or city below the supervisor's scope, against the version read (none for a new one).
     *
     * @throws RoleRequiredException unless a supervisor sets it
     * @throws OutsideScopeException for a place not strictly below the supervisor's scope
     * @throws OptimisticLockException when the target changed since the version read, or was set meanwhile
     * @throws InvalidInputException naming {@code year} or {@code target} when wrong
     */
    public AnnualTarget set(UserAccount actor, int year, Scope place, TargetIndicator indicator, BigDecimal value,
            Long version) {
        RoleRequiredException.check(actor, Role.SUPERVISOR);
        if (!isBelow(place, actor.scope())) {
            throw new OutsideScopeException(place, actor.scope());
        }
        checkYear(year, ChinaTime.today());
        AnnualTarget.check(indicator, value);
        AnnualTarget target = targets.find(year, place, indicator).orElse(null);
        if (target == null && version != null || target != null && !Long.valueOf(target.version()).equals(version)) {
            throw new OptimisticLockException("target " + year + " " + AnnualTarget.keyOf(place) + " " + indicator
                    + " changed since version " + version);
        }
        if (target == null) {
            target = new AnnualTarget(year, place, indicator, value, actor.username(), ChinaTime.nowInChina());
            targets.add(target);
        } else {
            target.change(value, actor.username(), ChinaTime.nowInChina());
        }
        audit.record(AuditEvent.success(AuditAction.TARGET_SET, "target", year + " " + AnnualTarget.keyOf(place))
                .withDetail(indicator + " " + value.toPlainString()));
        return target;
    }

    /** The rule's margin and last-year switch, as the system administrator keeps them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetRule rule(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return targets.rule();
    }

    /** @throws OptimisticLockException when someone changed the rule since it was read */
    public TargetRule changeRule(UserAccount actor, long version, int redMarginPoints, boolean redBelowLastYear) {
        RoleRequiredException.check(actor, Role.ADMIN);
        TargetRule rule = targets.rule();
        if (rule.version() != version) {
            throw new OptimisticLockException("target rule changed since version " + version);
        }
        rule.change(redMarginPoints, redBelowLastYear);
        audit.record(AuditEvent.success(AuditAction.TARGET_RULE_CHANGED, "targetRule", "1")
                .withDetail("red beyond " + redMarginPoints + " points, red below last year " + redBelowLastYear));
        return rule;
    }

    /** A city below the province, or a zone below its city or the province; never the supervisor's own place. */
    private boolean isBelow(Scope place, Scope supervisor) {
        return place.match(() -> false,
                city -> supervisor.match(() -> true, own -> false, own -> false),
                zone -> supervisor.match(() -> true,
                        own -> zones.zone(zone).filter(found -> found.city().divisionCode().equals(own)).isPresent(),
                        own -> false));
    }

    /** Whether targets are kept for the year: from 2000 to next year. */
    public static boolean keepsYear(int year, LocalDate today) {
        return year >= EARLIEST_YEAR && year <= today.getYear() + 1;
    }

    private static void checkYear(int year, LocalDate today) {
        if (!keepsYear(year, today)) {
            throw InvalidInputException.of("year", "target.year", Integer.toString(year));
        }
    }

    private static PlaceRates rateOf(FollowUpReport rates, Scope place) {
        return rates.places().stream().filter(rate -> rate.scope().equals(place)).findFirst()
                .orElse(new PlaceRates(place.toString(), place, Map.of()));
    }

    private static Set<Long> zoneIds(Map<Long, ?> reached, Map<Long, ?> lastYear, Map<Long, ?> procedures) {
        Set<Long> ids = new LinkedHashSet<>(reached.keySet());
        ids.addAll(lastYear.keySet());
        ids.addAll(procedures.keySet());
        return ids;
    }

    /** What a place's zones reached, added up. */
    private static final class Figures {

        private final Map<TargetIndicator, BigDecimal> reached = new EnumMap<>(TargetIndicator.class);
        private final Map<TargetIndicator, BigDecimal> lastYear = new EnumMap<>(TargetIndicator.class);
        private Ratio closure = Ratio.NONE;

        void add(Map<TargetIndicator, BigDecimal> zoneReached, Map<TargetIndicator, BigDecimal> zoneLastYear,
                ProcedureCounts zoneProcedures) {
            if (zoneReached != null) {
                zoneReached.forEach((indicator, value) -> reached.merge(indicator, value, BigDecimal::add));
            }
            if (zoneLastYear != null) {
                zoneLastYear.forEach((indicator, value) -> lastYear.merge(indicator, value, BigDecimal::add));
            }
            if (zoneProcedures != null) {
                closure = closure.plus(Ratio.of(zoneProcedures.closed(), zoneProcedures.required()));
            }
        }

        PlaceProgress progress(Place place, PlaceRates rates, Map<TargetIndicator, AnnualTarget> set,
                BigDecimal schedule, TargetRule rule) {
            List<TargetProgress> progress = new ArrayList<>();
            for (TargetIndicator indicator : TargetIndicator.values()) {
                BigDecimal actual;
                BigDecimal before = null;
                if (indicator.isCumulative()) {
                    actual = reached.getOrDefault(indicator, BigDecimal.ZERO);
                    before = lastYear.getOrDefault(indicator, BigDecimal.ZERO);
                } else if (indicator == TargetIndicator.CLOSURE_RATE) {
                    actual = closure.percent();
                } else {
                    FollowUpRate rate = rates.rates().getOrDefault(RATES.get(indicator), FollowUpRate.NONE);
                    actual = rate.byCount().percent();
                }
                progress.add(TargetProgress.judge(indicator, set.get(indicator), actual, before, schedule, rule));
            }
            return new PlaceProgress(place.name(), place.scope(), progress);
        }
    }
}
