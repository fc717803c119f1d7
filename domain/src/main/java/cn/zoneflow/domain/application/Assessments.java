package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.annualtarget.PlaceProgress;
import cn.zoneflow.domain.model.annualtarget.TargetBoard;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetProgress;
import cn.zoneflow.domain.model.assessment.AssessedFigures;
import cn.zoneflow.domain.model.assessment.AssessmentIndicator;
import cn.zoneflow.domain.model.assessment.AssessmentPeriod;
import cn.zoneflow.domain.model.assessment.AssessmentRepository;
import cn.zoneflow.domain.model.assessment.AssessmentResult;
import cn.zoneflow.domain.model.assessment.Ranking;
import cn.zoneflow.domain.model.assessment.Weights;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.report.PipelineFigureRepository;
import cn.zoneflow.domain.model.report.ReformFigures;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 分类考核: the province's zones scored and ranked within their category for a quarter or a year, from the figures of
 * the year up to the period's end; a period that has ended is kept as first computed, so that changing the weights
 * later does not rewrite a published ranking. The province's supervisor sets the weights.
 */
@ApplicationScoped
@Transactional
public class Assessments {

    private static final Map<AssessmentIndicator, TargetIndicator> FROM_BOARD = Map.of(
            AssessmentIndicator.SIGNED_TO_STARTED, TargetIndicator.SIGNED_TO_STARTED,
            AssessmentIndicator.STARTED_TO_PRODUCING, TargetIndicator.STARTED_TO_PRODUCING,
            AssessmentIndicator.PRODUCING_TO_EFFECTIVE, TargetIndicator.PRODUCING_TO_EFFECTIVE,
            AssessmentIndicator.CLOSURE_RATE, TargetIndicator.CLOSURE_RATE);

    @Inject
    private AssessmentRepository assessments;

    @Inject
    private Targets targets;

    @Inject
    private PipelineFigureRepository pipeline;

    @Inject
    private ZoneSupervisions zoneSupervisions;

    @Inject
    private ZoneRepository zones;

    @Inject
    private AuditTrail audit;

    /** The ranking of a period with whether it is kept (the period has ended) or still moving. */
    public record Assessment(AssessmentPeriod period, LocalDate asOf, boolean kept, List<AssessmentResult> results) {
    }

    /**
     * @throws InvalidInputException naming {@code period} when it lies before 2000 or has not begun
     */
    public Assessment assess(AssessmentPeriod period, LocalDate today) {
        if (period.year() < Targets.EARLIEST_YEAR || period.year() > today.getYear()
                || period.quarter() > 0 && period.year() == today.getYear()
                && period.quarter() > AssessmentPeriod.quarterOf(today).quarter()) {
            throw InvalidInputException.of("period", "assessment.period.notBegun", period.toString());
        }
        boolean ended = period.endedBy(today);
        if (ended) {
            List<AssessmentResult> kept = assessments.resultsOf(period);
            if (!kept.isEmpty()) {
                return new Assessment(period, period.lastDay(), true, ordered(kept));
            }
        }
        LocalDate asOf = ended ? period.lastDay() : today;
        List<AssessmentResult> results = Ranking.rank(period, figures(asOf), weights(), ChinaTime.nowInChina());
        if (ended) {
            results.forEach(assessments::add);
        }
        return new Assessment(period, asOf, ended, ordered(results));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Weights weights() {
        return Weights.kept(assessments.weights());
    }

    /**
     * @throws RoleRequiredException unless a supervisor sets them
     * @throws OutsideScopeException unless that supervisor's scope is the province
     */
    public Weights changeWeights(UserAccount actor, Weights weights) {
        RoleRequiredException.check(actor, Role.SUPERVISOR);
        if (!actor.scope().equals(Scope.PROVINCE)) {
            throw new OutsideScopeException(Scope.PROVINCE, actor.scope());
        }
        weights.applyTo(assessments.weights());
        audit.record(AuditEvent.success(AuditAction.ASSESSMENT_WEIGHTS_CHANGED, "assessment", "weights")
                .withDetail(weights.asMap().toString()));
        return weights;
    }

    private List<AssessedFigures> figures(LocalDate asOf) {
        Map<Long, PlaceProgress> progress = new HashMap<>();
        for (City city : zones.cities()) {
            if (!zones.zonesWithin(Scope.ofCity(city.divisionCode())).isEmpty()) {
                TargetBoard board = targets.board(Scope.ofCity(city.divisionCode()), asOf.getYear(), asOf);
                board.places().forEach(place -> place.scope().match(() -> null, code -> null,
                        zone -> progress.put(zone, place)));
            }
        }
        Map<Long, ReformFigures> reforms = pipeline.reforms(Scope.PROVINCE, asOf.withDayOfYear(1), asOf);
        Map<Zone, ZoneSupervision> supervision = zoneSupervisions.on(Scope.PROVINCE, asOf);
        List<AssessedFigures> figures = new ArrayList<>();
        for (Map.Entry<Zone, ZoneSupervision> entry : supervision.entrySet()) {
            Zone zone = entry.getKey();
            SupervisionTally tally = entry.getValue().figures();
            Map<AssessmentIndicator, BigDecimal> zoneFigures = new EnumMap<>(AssessmentIndicator.class);
            PlaceProgress board = progress.get(zone.id());
            if (board != null) {
                put(zoneFigures, AssessmentIndicator.TARGET_COMPLETION, targetCompletion(board, asOf));
                FROM_BOARD.forEach((indicator, target) -> put(zoneFigures, indicator, board.of(target).actual()));
            }
            put(zoneFigures, AssessmentIndicator.COMMITMENT_COVERAGE,
                    reforms.getOrDefault(zone.id(), ReformFigures.NONE).projectCoverage().percent());
            zoneFigures.put(AssessmentIndicator.STALLED, BigDecimal.valueOf(tally.stalledTotal()));
            zoneFigures.put(AssessmentIndicator.RED_WARNINGS, BigDecimal.valueOf(tally.projectsRed()));
            figures.add(new AssessedFigures(zone.id(), zone.name(), zone.city().fullName(), zone.category(),
                    zoneFigures));
        }
        return figures;
    }

    /**
     * The zone's targets of counts and amounts, each as a per cent of where 序时进度 says it should stand (at most 100),
     * averaged; none without such targets.
     */
    private static BigDecimal targetCompletion(PlaceProgress board, LocalDate asOf) {
        BigDecimal schedule = TargetProgress.scheduleOn(asOf);
        List<BigDecimal> shares = board.indicators().stream()
                .filter(progress -> progress.indicator().isCumulative() && progress.completion() != null)
                .map(progress -> progress.completion().multiply(BigDecimal.valueOf(100))
                        .divide(schedule, 2, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100)))
                .toList();
        return shares.isEmpty() ? null : shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(shares.size()), 2, RoundingMode.HALF_UP);
    }

    private static void put(Map<AssessmentIndicator, BigDecimal> figures, AssessmentIndicator indicator,
            BigDecimal figure) {
        if (figure != null) {
            figures.put(indicator, figure);
        }
    }

    private static List<AssessmentResult> ordered(List<AssessmentResult> results) {
        return results.stream().sorted(Comparator.comparing(AssessmentResult::category)
                .thenComparingInt(AssessmentResult::rank).thenComparing(AssessmentResult::zone)).toList();
    }
}
