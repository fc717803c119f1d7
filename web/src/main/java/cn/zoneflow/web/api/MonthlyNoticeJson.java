package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.report.ZoneRanking.Ranked;
import cn.zoneflow.domain.model.report.ZoneSupervision;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.web.api.RatesJson.RatioJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 月通报 for the province's systems: the scope's follow-up rates up to the month's end, and its zones in the order
 * of the ranking, each with its procedures (and the 办结率 with numerator and denominator), overdue tasks, open
 * notices and "三未" counts, as they stood on {@code asOf}.
 */
public record MonthlyNoticeJson(String scopeName, String month, LocalDate asOf, RatesJson rates,
        List<ZoneJson> zones) {

    static MonthlyNoticeJson of(MonthlyNotice notice) {
        return new MonthlyNoticeJson(notice.scopeName(), notice.month().toString(), notice.asOf(),
                RatesJson.of(notice.rates()), notice.zones().stream().map(ZoneJson::of).toList());
    }

    public record ZoneJson(int rank, String city, String zone, ProceduresJson procedures, long tasksOverdue,
            long noticesOpen, Map<StallKind, Long> stalled, long projectsRed, long projectsYellow) {
        static ZoneJson of(Ranked ranked) {
            ZoneSupervision zone = ranked.zone();
            SupervisionTally figures = zone.figures();
            return new ZoneJson(ranked.rank(), zone.city(), zone.zone(), ProceduresJson.of(figures),
                    figures.tasksOverdue(), figures.noticesOpen(), figures.stalled(), figures.projectsRed(),
                    figures.projectsYellow());
        }
    }

    public record ProceduresJson(long required, long closed, long overdue, RatioJson closureRate) {
        static ProceduresJson of(SupervisionTally figures) {
            return new ProceduresJson(figures.proceduresRequired(), figures.proceduresClosed(),
                    figures.proceduresOverdue(), RatioJson.of(figures.closureRate()));
        }
    }
}
