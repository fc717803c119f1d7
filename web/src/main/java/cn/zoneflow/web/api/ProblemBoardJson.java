package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.problem.ProblemCounts;
import cn.zoneflow.domain.model.problem.ProblemPlace;
import cn.zoneflow.domain.model.visit.LeaderWork;
import cn.zoneflow.web.report.ReportScopes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 问题办理情况 over the API: of the problems raised from {@code from} to {@code to}, for the scope ({@code total}), each
 * place below it and each category — raised, solved by the period's end, open, overdue today, {@code solvedRate}
 * (per cent, null without any raised) and {@code averageSolvingDays} (working days, null without any solved); each
 * place's 入企服务 {@code visits} in the period, and each leader in charge of a project in the scope with the
 * projects they lead there, the visits they recorded and the problems they raised in the period.
 */
public record ProblemBoardJson(LocalDate from, LocalDate to, PlaceJson total, List<PlaceJson> places,
        List<CategoryJson> categories, List<LeaderWork> leaders) {

    public record CountsJson(long raised, long solved, long open, long overdue, BigDecimal solvedRate,
            BigDecimal averageSolvingDays) {

        static CountsJson of(ProblemCounts counts) {
            return new CountsJson(counts.raised(), counts.solved(), counts.open(), counts.overdue(),
                    counts.solvedRate().percent(), counts.averageSolvingDays());
        }
    }

    /** A place's problems; {@code scope} as a reader writes it to ask for its own. */
    public record PlaceJson(String scope, String name, CountsJson counts, long visits) {

        static PlaceJson of(ProblemPlace place) {
            return new PlaceJson(ReportScopes.written(place.name(), place.scope()), place.name(),
                    CountsJson.of(place.counts()), place.visits());
        }
    }

    public record CategoryJson(String code, String name, int workingDays, CountsJson counts) {
    }

    static ProblemBoardJson of(ProblemBoard board) {
        return new ProblemBoardJson(board.period().from(), board.period().to(), PlaceJson.of(board.total()),
                board.places().stream().map(PlaceJson::of).toList(),
                board.categories().stream().map(line -> new CategoryJson(line.category().code(),
                        line.category().name(), line.category().workingDays(), CountsJson.of(line.counts())))
                        .toList(), board.leaders());
    }
}
