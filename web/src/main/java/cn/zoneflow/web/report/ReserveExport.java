package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.reserve.ReserveBook;
import cn.zoneflow.domain.model.reserve.ReserveFigures;
import cn.zoneflow.domain.model.reserve.ReservePlace;
import cn.zoneflow.domain.model.reserve.TierFigure;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 储备项目册 as a workbook: every project in reserve with its tier and the criteria confirmed, then each place's count
 * and investment per tier beside the period's conversion (储备转化率) with what it was computed from.
 */
@RequestScoped
public class ReserveExport {

    @Inject
    private Messages messages;

    @Inject
    private PeriodExport periodExport;

    public static String fileName(ReserveBook book) {
        return book.total().name() + "-储备项目册-" + book.period().to() + ".xlsx";
    }

    public byte[] workbook(ReserveBook book) {
        try (SheetWriter sheet = new SheetWriter(messages.get("report_reserve.sheet.projects"))) {
            projects(sheet, book);
            places(sheet.sheet(messages.get("report_reserve.sheet.tiers")), book);
            periodExport.audited("reserve", book.total().name(), book.period());
            return sheet.bytes();
        }
    }

    private void projects(SheetWriter sheet, ReserveBook book) {
        periodExport.title(sheet, "report_reserve.export.title", book.total().name(), book.period());
        sheet.headers(columns("zone", "code", "name", "enterprise", "investment", "tier", "criteria", "enteredOn",
                "leader"));
        for (Project project : book.projects()) {
            sheet.newLine().text(project.zone().name()).text(project.code().value()).text(project.name())
                    .text(project.enterprise().name()).amount(project.totalInvestment().wan())
                    .text(project.reserveTier().map(tier -> messages.get("ReserveTier." + tier.name()))
                            .orElse(messages.get("report_reserve.ungraded")))
                    .text(project.criteriaMet().stream()
                            .map(criterion -> messages.get("ReserveCriterion." + criterion.name()))
                            .collect(Collectors.joining("、")))
                    .date(project.reserveEnteredOn().orElse(null)).text(project.leaderInCharge());
        }
    }

    private void places(SheetWriter sheet, ReserveBook book) {
        periodExport.title(sheet, "report_reserve.export.title", book.total().name(), book.period());
        List<String> headers = new ArrayList<>(columns("place"));
        for (ReserveTier tier : ReserveTier.values()) {
            String name = messages.get("ReserveTier." + tier.name());
            headers.add(messages.get("report_reserve.column.tierProjects", name));
            headers.add(messages.get("report_reserve.column.tierInvestment", name));
        }
        headers.addAll(columns("ungraded", "inReserve", "investment", "heldDuring", "converted", "conversion"));
        sheet.headers(headers);
        for (ReservePlace place : Stream.concat(Stream.of(book.total()), book.places().stream()).toList()) {
            ReserveFigures figures = place.figures();
            sheet.newLine().text(place.name());
            for (ReserveTier tier : ReserveTier.values()) {
                TierFigure figure = figures.tier(tier);
                sheet.number(figure.projects()).amount(figure.investment().wan());
            }
            sheet.number(figures.ungraded().projects()).number(figures.inReserve().projects())
                    .amount(figures.inReserve().investment().wan()).number(figures.heldDuring())
                    .number(figures.converted()).amount(figures.conversion().percent());
        }
    }

    private List<String> columns(String... keys) {
        return Stream.of(keys).map(key -> messages.get("report_reserve.column." + key)).toList();
    }
}
