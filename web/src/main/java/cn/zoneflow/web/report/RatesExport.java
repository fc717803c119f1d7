package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** 跟踪率 as a workbook: the rates of the scope and of each place below it, under a title naming the period. */
@RequestScoped
public class RatesExport {

    @Inject
    private RateSheet rateSheet;

    @Inject
    private Messages messages;

    @Inject
    private PeriodExport periodExport;

    public static String fileName(FollowUpReport report) {
        return report.total().name() + "-跟踪率-" + report.period().asOf() + ".xlsx";
    }

    public byte[] workbook(FollowUpReport report) {
        try (SheetWriter sheet = new SheetWriter(messages.get("report_rates.title"))) {
            periodExport.title(sheet, "report_rates.export.title", report.total().name(), report.period());
            sheet.headers(rateSheet.headers());
            rateSheet.write(sheet, report);
            periodExport.audited("rates", report.total().name(), report.period());
            return sheet.bytes();
        }
    }
}
