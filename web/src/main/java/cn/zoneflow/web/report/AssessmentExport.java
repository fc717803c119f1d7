package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.Assessments.Assessment;
import cn.zoneflow.domain.model.assessment.AssessmentIndicator;
import cn.zoneflow.domain.model.assessment.AssessmentPart;
import cn.zoneflow.domain.model.assessment.AssessmentResult;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * 分类考核 as a workbook: a line per zone — category, rank, city, zone, score — and, for each indicator, its figure and
 * the points it earned, so that every score can be taken apart in Excel.
 */
@RequestScoped
public class AssessmentExport {

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    public static String fileName(Assessment assessment) {
        return assessment.period() + "-分类考核.xlsx";
    }

    public byte[] workbook(Assessment assessment) {
        try (SheetWriter sheet = new SheetWriter(messages.get("report_assessment.title"))) {
            sheet.title(messages.get("report_assessment.sheetTitle", assessment.period().toString(),
                    assessment.asOf().toString()));
            List<String> headers = new ArrayList<>(List.of(messages.get("report_assessment.column.category"),
                    messages.get("report_assessment.column.rank"), messages.get("report_assessment.column.city"),
                    messages.get("report_assessment.column.zone"), messages.get("report_assessment.column.score")));
            for (AssessmentIndicator indicator : AssessmentIndicator.values()) {
                String name = messages.get("AssessmentIndicator." + indicator.name());
                headers.add(messages.get("report_assessment.column.figure", name));
                headers.add(messages.get("report_assessment.column.points", name));
            }
            sheet.headers(headers);
            for (AssessmentResult result : assessment.results()) {
                sheet.newLine().text(messages.get("ZoneCategory." + result.category().name())).number(result.rank())
                        .text(result.city()).text(result.zone()).amount(result.score());
                for (AssessmentPart part : result.parts()) {
                    sheet.amount(part.figure()).amount(part.points());
                }
            }
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "assessment",
                    assessment.period().toString()));
            return sheet.bytes();
        }
    }
}
