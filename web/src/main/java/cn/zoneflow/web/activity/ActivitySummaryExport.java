package cn.zoneflow.web.activity;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.activity.BatchFigures;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.activity.ActivityQueries.ActivityItem;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * An activity's summary as a workbook, row for row as the page shows it: counts as numbers, amounts in 亿元 and
 * the 战新 share in percent, both to two decimals, as the bulletins print them.
 */
@RequestScoped
public class ActivitySummaryExport {

    private static final List<String> COLUMNS = List.of("place", "batch", "projects", "investment", "output",
            "strategicEmerging", "strategicEmergingShare", "atLeast1Yi", "from1To5Yi", "from5To10Yi", "from10Yi",
            "industries");

    @Inject
    private ActivityQueries activities;

    @Inject
    private SummaryTable table;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    public static String fileName(ActivityItem activity) {
        return activity.name() + "-项目汇总.xlsx";
    }

    public byte[] workbook(ActivityItem activity, Scope scope, String scopeName) {
        List<SummaryRow> rows = table.rowsOf(activities.summary(activity.id(), scope), scope, scopeName);
        try (SheetWriter sheet = new SheetWriter(messages.get("activity_export.sheet"))) {
            sheet.title(messages.get("activity_export.title", activity.name(), activity.heldOn().toString(),
                    scopeName));
            sheet.headers(COLUMNS.stream().map(column -> messages.get("activity_export.column." + column)).toList());
            for (SummaryRow row : rows) {
                BatchFigures figures = row.figures();
                sheet.newLine().text(row.place()).text(row.batch()).number(figures.projects())
                        .amount(figures.totalInvestment().inYi()).amount(figures.expectedAnnualOutput().inYi())
                        .number(figures.strategicEmerging()).amount(figures.strategicEmergingSharePercent())
                        .number(figures.atLeast1Yi()).number(figures.from1To5Yi()).number(figures.from5To10Yi())
                        .number(figures.from10Yi()).text(String.join("、", figures.industries()));
            }
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "activity", String.valueOf(activity.id()))
                    .withDetail("summary of " + scopeName));
            return sheet.bytes();
        }
    }
}
