package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.reserve.ReserveBook;
import cn.zoneflow.domain.model.reserve.ReserveFigures;
import cn.zoneflow.domain.model.reserve.ReservePlace;
import cn.zoneflow.domain.model.reserve.TierFigure;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.web.report.ReportScopes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 储备库 over the API: for the scope ({@code total}) and each place below it, every tier's projects and investment
 * (万元) today, those not graded, and over {@code from}–{@code to} the projects in reserve during it
 * ({@code heldDuring}), those of them signed in it ({@code converted}) and {@code conversionRate} (per cent, null
 * without any); then one page of the projects in reserve, the most mature tier first.
 */
public record ReserveBookJson(LocalDate from, LocalDate to, PlaceJson total, List<PlaceJson> places,
        PageJson<ReserveProjectJson> projects) {

    /** A place's library; {@code scope} as a reader writes it to ask for its own. */
    public record PlaceJson(String scope, String name, Map<ReserveTier, TierJson> tiers, long ungraded,
            TierJson inReserve, long heldDuring, long converted, BigDecimal conversionRate) {

        static PlaceJson of(ReservePlace place) {
            ReserveFigures figures = place.figures();
            Map<ReserveTier, TierJson> tiers = new LinkedHashMap<>();
            for (ReserveTier tier : ReserveTier.values()) {
                tiers.put(tier, TierJson.of(figures.tier(tier)));
            }
            return new PlaceJson(ReportScopes.written(place.name(), place.scope()), place.name(), tiers,
                    figures.ungraded().projects(), TierJson.of(figures.inReserve()), figures.heldDuring(),
                    figures.converted(), figures.conversion().percent());
        }
    }

    public record TierJson(long projects, BigDecimal investment) {
        static TierJson of(TierFigure figure) {
            return new TierJson(figure.projects(), figure.investment().wan());
        }
    }

    /** A project in reserve: its tier (null when not graded) and the criteria confirmed. */
    public record ReserveProjectJson(long id, String code, String name, String enterprise, String zone,
            BigDecimal totalInvestment, String tier, String tierName, List<ReserveCriterion> criteriaMet,
            LocalDate enteredOn, String leaderInCharge, long version) {

        static ReserveProjectJson of(Project project) {
            ReserveTier tier = project.reserveTier().orElse(null);
            return new ReserveProjectJson(project.id(), project.code().value(), project.name(),
                    project.enterprise().name(), project.zone().name(), project.totalInvestment().wan(), tier == null ? null : tier.name(),
                    tier == null ? null : tier.chineseName(), List.copyOf(project.criteriaMet()),
                    project.reserveEnteredOn().orElse(null), project.leaderInCharge(), project.version());
        }
    }

    static ReserveBookJson of(ReserveBook book, int page, int size) {
        Page.check(page, size);
        List<Project> all = book.projects();
        int first = (int) Math.min((long) page * size, all.size());
        List<ReserveProjectJson> items = all.subList(first, Math.min(first + size, all.size())).stream()
                .map(ReserveProjectJson::of).toList();
        return new ReserveBookJson(book.period().from(), book.period().to(), PlaceJson.of(book.total()),
                book.places().stream().map(PlaceJson::of).toList(),
                new PageJson<>(items, all.size(), page, size));
    }
}
