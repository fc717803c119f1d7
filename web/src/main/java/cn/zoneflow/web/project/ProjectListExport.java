package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The project list as a workbook, filtered as on screen and read page by page, so a province-wide list is
 * written without holding it in memory. Amounts in 亿元 as the screen shows them.
 */
@RequestScoped
public class ProjectListExport {

    private static final List<String> COLUMNS = List.of("code", "name", "enterprise", "zone", "industry", "stage",
            "signedOn", "totalInvestment", "expectedAnnualOutput", "strategicEmerging");

    @Inject
    private ProjectQueries queries;

    @Inject
    private Messages messages;

    @Inject
    private AuditTrail audit;

    public byte[] workbook(Scope scope, String scopeName, ProjectFilter filter) {
        try (SheetWriter sheet = new SheetWriter(messages.get("project_export.sheet"))) {
            sheet.title(messages.get("project_export.title", scopeName, ChinaTime.today().toString()));
            sheet.headers(COLUMNS.stream().map(column -> messages.get("project_export.column." + column)).toList());
            long projects = Page.readAll(number -> queries.page(scope, filter, ProjectSort.CODE, false, number,
                    Page.MAX_SIZE), project -> sheet.newLine().text(project.code()).text(project.name())
                    .text(project.enterprise()).text(project.zone()).text(project.industry())
                    .text(messages.get("Stage." + project.stage().name())).date(project.signedOn())
                    .amount(project.totalInvestmentYi()).amount(project.expectedAnnualOutputYi())
                    .text(messages.get(project.strategicEmerging() ? "project_list.filter.yes"
                            : "project_list.filter.no")));
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "projects", scopeName)
                    .withDetail(projects + " projects " + filter));
            return sheet.bytes();
        }
    }
}
