package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.projectimport.ImportColumn;
import cn.zoneflow.domain.application.projectimport.ImportTemplate;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.export.SheetWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The project list as a workbook, filtered as on screen and read page by page, so a province-wide list is
 * written without holding it in memory. It is written as the import template is — the same columns in the same
 * order, amounts in 万元, 是/否, stages and days as the template asks for them — so a zone can correct it in Excel
 * and import it back, or carry it to another installation. The activity columns stay empty: a project can have
 * been presented in several.
 */
@RequestScoped
public class ProjectListExport {

    private static final String YES = "是";
    private static final String NO = "否";

    @Inject
    private ProjectQueries queries;

    @Inject
    private AuditTrail audit;

    public byte[] workbook(Scope scope, String scopeName, ProjectFilter filter) {
        try (SheetWriter sheet = new SheetWriter(ImportTemplate.PROJECTS_SHEET)) {
            sheet.headers(Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList());
            long projects = Page.readAll(number -> queries.records(scope, filter, number, Page.MAX_SIZE),
                    project -> {
                        sheet.newLine();
                        for (ImportColumn column : ImportColumn.values()) {
                            write(sheet, column, project);
                        }
                    });
            audit.recordSeparately(AuditEvent.success(AuditAction.EXPORT, "projects", scopeName)
                    .withDetail(projects + " projects " + filter));
            return sheet.bytes();
        }
    }

    private static void write(SheetWriter sheet, ImportColumn column, ProjectQueries.ProjectRecord record) {
        ProjectSummary project = record.summary();
        switch (column) {
            case CODE -> sheet.text(project.code());
            case NAME -> sheet.text(project.name());
            case ENTERPRISE_NAME -> sheet.text(project.enterprise());
            case CREDIT_CODE -> sheet.text(project.creditCode());
            case ZONE -> sheet.text(project.zone());
            case INDUSTRY -> sheet.text(project.industry());
            case STRATEGIC_EMERGING -> sheet.text(flag(project.strategicEmerging()));
            case INDUSTRIAL -> sheet.text(flag(project.industrial()));
            case TOTAL_INVESTMENT -> sheet.amount(project.totalInvestmentWan());
            case EXPECTED_ANNUAL_OUTPUT -> sheet.amount(project.expectedAnnualOutputWan());
            case STAGE -> sheet.text(project.stage().chineseName());
            case SIGNED_ON -> sheet.date(record.reachedOn().get(Stage.SIGNED));
            case STARTED_ON -> sheet.date(record.reachedOn().get(Stage.STARTED));
            case PRODUCING_ON -> sheet.date(record.reachedOn().get(Stage.PRODUCING));
            case EFFECTIVE_ON -> sheet.date(record.reachedOn().get(Stage.EFFECTIVE));
            case COMPLETED_INVESTMENT -> sheet.amount(record.completedInvestmentWan());
            case COMMITMENT -> sheet.text(flag(project.underCommitment()));
            case FULL_AGENCY -> sheet.text(flag(project.fullAgency()));
            case LAND_PARCEL -> sheet.text(project.landParcelCode());
            case ACTIVITY, BATCH, ACTIVITY_DATE -> sheet.text(null);
            case PLANNED_START_DATE -> sheet.date(project.plannedStartDate());
            case PLANNED_PRODUCTION_DATE -> sheet.date(project.plannedProductionDate());
            case PLANNED_EFFECTIVE_DATE -> sheet.date(project.plannedEffectiveDate());
        }
    }

    private static String flag(boolean value) {
        return value ? YES : NO;
    }
}
