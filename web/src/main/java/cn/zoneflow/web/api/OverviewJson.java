package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.report.ActivityRates;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.PlaceOverview;
import cn.zoneflow.domain.model.report.ReformFigures;
import cn.zoneflow.domain.model.report.StageTally;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.web.api.MonthlyNoticeJson.ProceduresJson;
import cn.zoneflow.web.api.RatesJson.RateJson;
import cn.zoneflow.web.api.RatesJson.RatioJson;
import cn.zoneflow.web.report.ReportScopes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * 总览 for the province's systems: the scope's figures and the same for each place below it — projects and
 * investment (万元) per stage today, procedures with the 办结率, the reforms (承诺制 coverage of projects and of
 * eligible items as ratios; agreements, items closed and 标准地 sold in the period), supervision — with the
 * follow-up rates of the period and of each activity in it.
 */
public record OverviewJson(String scope, String scopeName, LocalDate from, LocalDate to, LocalDate asOf,
        PlaceJson figures, RatesJson rates, List<ActivityJson> trend, List<PlaceJson> places) {

    static OverviewJson of(Overview overview) {
        PlaceOverview total = overview.total();
        return new OverviewJson(ReportScopes.written(total.name(), total.scope()), total.name(),
                overview.period().from(), overview.period().to(), overview.period().asOf(), PlaceJson.of(total),
                RatesJson.of(overview.rates()), overview.trend().stream().map(ActivityJson::of).toList(),
                overview.places().stream().map(PlaceJson::of).toList());
    }

    public record PlaceJson(String scope, String name, Map<Stage, StageJson> stages, ProceduresJson procedures,
            ReformsJson reforms, SupervisionJson supervision) {
        static PlaceJson of(PlaceOverview place) {
            Map<Stage, StageJson> stages = new EnumMap<>(Stage.class);
            place.stages().stages().forEach((stage, tally) -> stages.put(stage, StageJson.of(tally)));
            SupervisionTally work = place.supervision();
            return new PlaceJson(ReportScopes.written(place.name(), place.scope()), place.name(), stages,
                    ProceduresJson.of(work),
                    ReformsJson.of(place.reforms()),
                    new SupervisionJson(work.tasksOverdue(), work.noticesOpen(), work.stalled(), work.projectsRed(),
                            work.projectsYellow()));
        }
    }

    public record StageJson(long projects, BigDecimal investment) {
        static StageJson of(StageTally tally) {
            return new StageJson(tally.projects(), tally.investment().wan());
        }
    }

    /** {@code commitmentProjects} and {@code commitmentItems} are coverage ratios; the rest counts of the period. */
    public record ReformsJson(RatioJson commitmentProjects, RatioJson commitmentItems, long agreementsSigned,
            long itemsClosed, long standardLandParcelsSold, BigDecimal standardLandAreaSoldMu) {
        static ReformsJson of(ReformFigures reforms) {
            return new ReformsJson(RatioJson.of(reforms.projectCoverage()), RatioJson.of(reforms.itemCoverage()),
                    reforms.agreementsSigned(), reforms.itemsClosed(), reforms.parcelsSold(), reforms.areaSoldMu());
        }
    }

    public record SupervisionJson(long tasksOverdue, long noticesOpen, Map<StallKind, Long> stalled, long projectsRed,
            long projectsYellow) {
    }

    /** The rates of one activity's batches on their own. */
    public record ActivityJson(String activity, LocalDate heldOn, RateJson signedToStarted,
            RateJson startedToProducing, RateJson producingToEffective) {
        static ActivityJson of(ActivityRates activity) {
            return new ActivityJson(activity.activity(), activity.heldOn(),
                    RateJson.of(activity.rate(FollowUpRateKind.SIGNED_TO_STARTED),
                            FollowUpRateKind.SIGNED_TO_STARTED),
                    RateJson.of(activity.rate(FollowUpRateKind.STARTED_TO_PRODUCING),
                            FollowUpRateKind.STARTED_TO_PRODUCING),
                    RateJson.of(activity.rate(FollowUpRateKind.PRODUCING_TO_EFFECTIVE),
                            FollowUpRateKind.PRODUCING_TO_EFFECTIVE));
        }
    }
}
