package cn.zoneflow.web.supervision;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.StallWatch;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallReport;
import cn.zoneflow.domain.model.supervision.StalledProject;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The "三未" lists as a sheet: every stalled project of the scope with its list (签而未落, 落而未投, 投而未达),
 * place, investment in 亿元, since when and by when it should have moved on, and the days over. On its own as a
 * workbook, and as a sheet of the weekly dispatch list.
 */
@RequestScoped
public class StallListExport {

    private static final List<String> COLUMNS = List.of("kind", "city", "zone", "projectCode", "project",
            "investment", "since", "expectedBy", "stallDaysOver");

    @Inject
    private StallWatch stalls;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    public static String fileName(LocalDate today) {
        return "三未项目-" + today + ".xlsx";
    }

    /** The three lists of the scope as of the given day. */
    public List<StallReport> reports(Scope scope, LocalDate today) {
        return Stream.of(StallKind.values()).map(kind -> stalls.report(scope, kind, today)).toList();
    }

    public byte[] workbook(Scope scope, String scopeName, LocalDate today) {
        List<StallReport> reports = reports(scope, today);
        try (SheetWriter workbook = new SheetWriter(messages.get("weekly_dispatch.sheet.stalls"))) {
            write(workbook.title(messages.get("stall_export.title", scopeName, today.toString())), reports);
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "stalls", scopeName)
                    .withDetail(count(reports) + " stalled projects on " + today));
            return workbook.bytes();
        }
    }

    /** Writes the header row and one row per stalled project into the current sheet. */
    public void write(SheetWriter sheet, List<StallReport> reports) {
        sheet.headers(COLUMNS.stream().map(column -> messages.get("weekly_dispatch.column." + column)).toList());
        for (StallReport report : reports) {
            for (StalledProject project : report.projects()) {
                sheet.newLine().text(messages.get("StallKind." + report.kind().name())).text(project.city())
                        .text(project.zone()).text(project.code()).text(project.name())
                        .amount(Amount.ofWan(project.totalInvestmentWan()).inYi()).date(project.since())
                        .date(project.expectedBy()).number(project.daysOver());
            }
        }
    }

    public static int count(List<StallReport> reports) {
        return reports.stream().mapToInt(report -> report.projects().size()).sum();
    }
}
