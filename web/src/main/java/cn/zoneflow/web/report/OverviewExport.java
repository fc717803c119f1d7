package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.PlaceOverview;
import cn.zoneflow.domain.model.report.ReformFigures;
import cn.zoneflow.domain.model.report.SupervisionTally;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * 总览 as a workbook: one line for the scope and one for each place below it — projects and investment (亿元) per
 * stage, procedures, reforms and supervision, each figure in a column of its own so that it sums and sorts — and
 * the period's follow-up rates on a second sheet, as 跟踪率 writes them.
 */
@RequestScoped
public class OverviewExport {

    @Inject
    private RateSheet rateSheet;

    @Inject
    private Messages messages;

    @Inject
    private PeriodExport periodExport;

    public static String fileName(Overview overview) {
        return overview.total().name() + "-总览-" + overview.period().asOf() + ".xlsx";
    }

    public byte[] workbook(Overview overview) {
        try (SheetWriter sheet = new SheetWriter(messages.get("report_overview.title"))) {
            periodExport.title(sheet, "report_overview.export.title", overview.total().name(), overview.period());
            sheet.headers(headers());
            Stream.concat(Stream.of(overview.total()), overview.places().stream())
                    .forEach(place -> write(sheet.newLine(), place));
            sheet.sheet(messages.get("report_rates.title"));
            sheet.headers(rateSheet.headers());
            rateSheet.write(sheet, overview.rates());
            periodExport.audited("overview", overview.total().name(), overview.period());
            return sheet.bytes();
        }
    }

    private List<String> headers() {
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("report_overview.column.place"));
        for (Stage stage : Stage.values()) {
            String name = messages.get("Stage." + stage.name());
            headers.add(messages.get("report_overview.export.projects", name));
            headers.add(messages.get("report_overview.export.investmentYi", name));
        }
        Stream.of("proceduresRequired", "proceduresClosed", "proceduresOverdue", "closureRate",
                "projectsInPipeline", "projectsUnderCommitment", "eligibleItems", "committedItems",
                "agreementsSigned", "itemsClosed", "parcelsSold", "areaSoldMu", "tasksOverdue", "noticesOpen",
                "projectsRed", "projectsYellow")
                .map(column -> messages.get("report_overview.export.column." + column))
                .forEach(headers::add);
        for (StallKind kind : StallKind.values()) {
            headers.add(messages.get("StallKind." + kind.name()));
        }
        return headers;
    }

    private static void write(SheetWriter line, PlaceOverview place) {
        line.text(place.name());
        for (Stage stage : Stage.values()) {
            line.number(place.stages().at(stage).projects()).amount(place.stages().at(stage).investment().inYi());
        }
        SupervisionTally procedures = place.supervision();
        ReformFigures reforms = place.reforms();
        line.number(procedures.proceduresRequired()).number(procedures.proceduresClosed())
                .number(procedures.proceduresOverdue()).amount(procedures.closureRate().percent())
                .number(reforms.projectsInPipeline()).number(reforms.projectsUnderCommitment())
                .number(reforms.eligibleItems()).number(reforms.committedItems())
                .number(reforms.agreementsSigned()).number(reforms.itemsClosed())
                .number(reforms.parcelsSold()).amount(reforms.areaSoldMu())
                .number(procedures.tasksOverdue()).number(procedures.noticesOpen())
                .number(procedures.projectsRed()).number(procedures.projectsYellow());
        for (StallKind kind : StallKind.values()) {
            line.number(procedures.stalled(kind));
        }
    }
}
