package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.problem.ProblemBoard;
import cn.zoneflow.domain.model.rating.RatingBoard;
import cn.zoneflow.domain.model.rating.RatingFigures;
import cn.zoneflow.domain.model.report.MonthlyNotice;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.report.ZoneRanking.Ranked;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/**
 * 月通报 as a workbook, one sheet per table — the follow-up rates, the procedures, the supervision figures and the
 * ranking of zones — each under a title naming scope, month and the day it stands on. Counts are numbers, amounts
 * 亿元 and rates percent, both to two decimals, as the bulletins print them.
 */
@RequestScoped
public class MonthlyNoticeExport {

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    @Inject
    private RateSheet rateSheet;

    @Inject
    private ProblemExport problemExport;

    public static String fileName(MonthlyNotice notice) {
        return notice.scopeName() + "-" + notice.month() + "-月通报.xlsx";
    }

    /**
     * @param problems the problems raised in the notice's scope during its month
     * @param ratings the 好差评 given there during the month
     */
    public byte[] workbook(MonthlyNotice notice, ProblemBoard problems, RatingBoard ratings) {
        try (SheetWriter sheet = new SheetWriter(messages.get("monthly_export.sheet.rates"))) {
            rates(sheet, notice);
            procedures(sheet.sheet(messages.get("monthly_export.sheet.procedures")), notice);
            supervision(sheet.sheet(messages.get("monthly_export.sheet.supervision")), notice);
            ranking(sheet.sheet(messages.get("monthly_export.sheet.ranking")), notice);
            problemExport.figures(sheet.sheet(messages.get("monthly_export.sheet.problems")), problems);
            ratings(sheet.sheet(messages.get("monthly_export.sheet.ratings")), notice, ratings);
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "monthlyNotice", notice.month())
                    .withDetail(notice.scopeName()));
            return sheet.bytes();
        }
    }

    private void title(SheetWriter sheet, MonthlyNotice notice, String table, String... columns) {
        sheet.title(messages.get("monthly_export.title", notice.scopeName(), notice.month().toString(),
                messages.get("monthly_export.sheet." + table), notice.asOf().toString()));
        sheet.headers(Stream.of(columns).map(column -> messages.get("monthly_export.column." + column)).toList());
    }

    /** Every place's three rates, by count and by investment, each with what it was computed from. */
    private void rates(SheetWriter sheet, MonthlyNotice notice) {
        title(sheet, notice, "rates", RateSheet.COLUMNS.toArray(String[]::new));
        rateSheet.write(sheet, notice.rates());
    }

    /** 好差评: the whole scope first, then every zone rated, with 满意率, 差评 and 整改率. */
    private void ratings(SheetWriter sheet, MonthlyNotice notice, RatingBoard ratings) {
        title(sheet, notice, "ratings", "city", "zone", "ratings", "satisfiedRate", "bad", "rectified",
                "rectifiedRate", "visited", "visitedRate");
        ratingLine(sheet, notice.scopeName(), "", ratings.total());
        ratings.places().forEach(place -> ratingLine(sheet, place.city(), place.zone(), place.figures()));
    }

    private static void ratingLine(SheetWriter sheet, String city, String zone, RatingFigures figures) {
        sheet.newLine().text(city).text(zone).number(figures.ratings()).amount(figures.satisfiedRate().percent())
                .number(figures.bad()).number(figures.rectified()).amount(figures.rectifiedRate().percent())
                .number(figures.visited()).amount(figures.visitedRate().percent());
    }

    private void procedures(SheetWriter sheet, MonthlyNotice notice) {
        title(sheet, notice, "procedures", "city", "zone", "required", "closed", "closureRate", "overdue");
        for (Ranked ranked : notice.zones()) {
            SupervisionTally figures = ranked.zone().figures();
            sheet.newLine().text(ranked.zone().city()).text(ranked.zone().zone()).number(figures.proceduresRequired())
                    .number(figures.proceduresClosed()).amount(figures.closureRate().percent())
                    .number(figures.proceduresOverdue());
        }
    }

    private void supervision(SheetWriter sheet, MonthlyNotice notice) {
        title(sheet, notice, "supervision", "city", "zone", "tasksOverdue", "noticesOpen", "SIGNED_NOT_STARTED",
                "STARTED_NOT_PRODUCING", "PRODUCING_NOT_EFFECTIVE", "projectsRed", "projectsYellow");
        for (Ranked ranked : notice.zones()) {
            SupervisionTally figures = ranked.zone().figures();
            sheet.newLine().text(ranked.zone().city()).text(ranked.zone().zone()).number(figures.tasksOverdue())
                    .number(figures.noticesOpen());
            for (StallKind kind : StallKind.values()) {
                sheet.number(figures.stalled(kind));
            }
            sheet.number(figures.projectsRed()).number(figures.projectsYellow());
        }
    }

    private void ranking(SheetWriter sheet, MonthlyNotice notice) {
        title(sheet, notice, "ranking", "rank", "city", "zone", "closureRate", "tasksOverdue", "stalled",
                "noticesOpen");
        for (Ranked ranked : notice.zones()) {
            SupervisionTally figures = ranked.zone().figures();
            sheet.newLine().number(ranked.rank()).text(ranked.zone().city()).text(ranked.zone().zone())
                    .amount(figures.closureRate().percent()).number(figures.tasksOverdue())
                    .number(figures.stalledTotal()).number(figures.noticesOpen());
        }
    }
}
