package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.annualtarget.PlaceProgress;
import cn.zoneflow.domain.model.annualtarget.TargetBoard;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetProgress;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.web.report.ReportScopes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 目标完成情况 over the API: 序时进度 ({@code schedule}, per cent of the year elapsed on {@code asOf}) and, for the scope
 * ({@code total}) and each place below it, every indicator's target, figure so far, last year's on the same day,
 * completion, points behind and light.
 */
public record TargetBoardJson(int year, LocalDate asOf, BigDecimal schedule, PlaceJson total, List<PlaceJson> places) {

    /** A place's progress; {@code scope} as a reader writes it to ask for its own board. */
    public record PlaceJson(String scope, String name, Light light, List<IndicatorJson> indicators) {

        static PlaceJson of(PlaceProgress place) {
            return new PlaceJson(ReportScopes.written(place.name(), place.scope()), place.name(), place.light(),
                    place.indicators().stream().map(IndicatorJson::of).toList());
        }
    }

    /**
     * One indicator; {@code unit} COUNT, AMOUNT (万元) or PERCENT; {@code version} the target's, to change it against
     * (null while none is set).
     */
    public record IndicatorJson(TargetIndicator indicator, TargetIndicator.Unit unit, BigDecimal target, Long version,
            BigDecimal actual, BigDecimal lastYear, BigDecimal completion, BigDecimal pointsBehind, Light light) {

        static IndicatorJson of(TargetProgress progress) {
            return new IndicatorJson(progress.indicator(), progress.indicator().unit(), progress.target(),
                    progress.target() == null ? null : progress.targetVersion(), progress.actual(),
                    progress.lastYear(), progress.completion(), progress.pointsBehind(), progress.light());
        }
    }

    static TargetBoardJson of(TargetBoard board) {
        return new TargetBoardJson(board.year(), board.asOf(), board.schedule(), PlaceJson.of(board.total()),
                board.places().stream().map(PlaceJson::of).toList());
    }
}
