package cn.zoneflow.domain.application;

import cn.zoneflow.domain.application.ReportPlaces.Place;
import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemCounts;
import cn.zoneflow.domain.model.problem.ProblemListing;
import cn.zoneflow.domain.model.problem.ProblemPlace;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.problem.ProblemSelection;
import cn.zoneflow.domain.model.problem.ProblemState;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.visit.VisitRepository;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 问题办理情况 of a scope over a period — per place below it and per category, with the visits made and each leader
 * in charge's work — and its 问题台账, every problem with its unit, deadline and state.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProblemStatistics {

    @Inject
    private ProblemRepository problems;

    @Inject
    private ZoneRepository zones;

    @Inject
    private VisitRepository visitRepository;

    public ProblemBoard board(Scope scope, RatePeriod period) {
        ReportPlaces within = ReportPlaces.within(scope, zones);
        Map<Long, Map<String, ProblemCounts>> byZone = problems.figures(scope, period.from(), period.to(),
                period.asOf());
        Map<Place, ProblemCounts> byPlace = new LinkedHashMap<>();
        within.places().forEach(place -> byPlace.put(place, ProblemCounts.NONE));
        Map<Place, Long> visitsByPlace = new LinkedHashMap<>();
        long visits = 0;
        for (Map.Entry<Long, Long> zone : visitRepository.countsByZone(scope, period.from(), period.to())
                .entrySet()) {
            visits += zone.getValue();
            Place place = within.of(zone.getKey());
            if (place != null) {
                visitsByPlace.merge(place, zone.getValue(), Long::sum);
            }
        }
        Map<String, ProblemCounts> byCategory = new LinkedHashMap<>();
        ProblemCounts total = ProblemCounts.NONE;
        for (Map.Entry<Long, Map<String, ProblemCounts>> zone : byZone.entrySet()) {
            ProblemCounts zoneCounts = zone.getValue().values().stream().reduce(ProblemCounts.NONE,
                    ProblemCounts::plus);
            total = total.plus(zoneCounts);
            zone.getValue().forEach((category, counts) -> byCategory.merge(category, counts, ProblemCounts::plus));
            Place place = within.of(zone.getKey());
            if (place != null && byPlace.containsKey(place)) {
                byPlace.merge(place, zoneCounts, ProblemCounts::plus);
            }
        }
        List<ProblemPlace> places = byPlace.entrySet().stream()
                .map(entry -> new ProblemPlace(entry.getKey().name(), entry.getKey().scope(), entry.getValue(),
                        visitsByPlace.getOrDefault(entry.getKey(), 0L)))
                .toList();
        List<ProblemBoard.CategoryCounts> categories = problems.categories().stream()
                .map(category -> new ProblemBoard.CategoryCounts(category,
                        byCategory.getOrDefault(category.code(), ProblemCounts.NONE)))
                .toList();
        return new ProblemBoard(period, new ProblemPlace(within.scope().name(), scope, total, visits), places,
                categories, visitRepository.leaderWork(scope, period.from(), period.to()));
    }

    /** 问题台账: every problem raised in the period in the scope, with its project and zone. */
    public List<ProjectProblem> ledger(Scope scope, RatePeriod period) {
        return problems.ledger(scope, period.from(), period.to());
    }

    /**
     * The problems behind one figure of the board of the scope and period: of one category or all, in the state the
     * figure counts, the latest raised first.
     *
     * @param categoryCode the category's code, or null for every category
     * @throws InvalidInputException naming {@code category} when the catalogue has no such category
     */
    public ProblemListing selected(Scope scope, RatePeriod period, String categoryCode, ProblemState state,
            int page, int size) {
        ProblemCategory category = categoryCode == null ? null : problems.category(categoryCode).orElseThrow(
                () -> InvalidInputException.of("category", "problem.category.unknown", categoryCode));
        ProblemSelection selection = new ProblemSelection(categoryCode, state, period.from(), period.to(),
                period.asOf());
        return new ProblemListing(ReportPlaces.within(scope, zones).scope().name(), selection, category,
                problems.selected(scope, selection, page, size));
    }

    public List<ProblemCategory> categories() {
        return problems.categories();
    }
}
