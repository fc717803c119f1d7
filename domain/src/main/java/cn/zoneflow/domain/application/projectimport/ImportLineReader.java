package cn.zoneflow.domain.application.projectimport;

import static cn.zoneflow.domain.application.projectimport.ImportColumn.ACTIVITY;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.ACTIVITY_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.BATCH;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.CODE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.COMMITMENT;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.COMPLETED_INVESTMENT;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.CREDIT_CODE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.EFFECTIVE_ON;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.ENTERPRISE_NAME;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.EXPECTED_ANNUAL_OUTPUT;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.FULL_AGENCY;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.INDUSTRIAL;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.INDUSTRY;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.LAND_PARCEL;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.NAME;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PRODUCING_ON;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.SIGNED_ON;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.STAGE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.STARTED_ON;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLANNED_EFFECTIVE_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLANNED_PRODUCTION_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLANNED_START_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLAN_YEAR;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLAN_YEAR_TOTAL;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.STRATEGIC_EMERGING;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.TOTAL_INVESTMENT;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.ZONE;

import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a line of the template into an {@link ImportedProject}: the import's one place that turns cells into
 * values. A cell it cannot read is left empty in the project and refused under its field.
 */
final class ImportLineReader {

    /** The column holding the day each stage was reached, in stage order. */
    static final Map<Stage, ImportColumn> DATE_OF_STAGE = new EnumMap<>(Map.of(Stage.SIGNED, SIGNED_ON,
            Stage.STARTED, STARTED_ON, Stage.PRODUCING, PRODUCING_ON, Stage.EFFECTIVE, EFFECTIVE_ON));

    private final ImportTable.Line line;
    private final int columns;
    private final InputReader reader = new InputReader();

    /** @param columns how many of the template's columns the file has, from the first */
    ImportLineReader(ImportTable.Line line, int columns) {
        this.line = line;
        this.columns = columns;
    }

    /** The columns whose cell holds a spreadsheet formula, which is never read. */
    List<ImportColumn> formulas() {
        return Arrays.stream(ImportColumn.values()).filter(column -> text(column).startsWith(XlsxTable.FORMULA))
                .toList();
    }

    ReadCommand<ImportedProject> read() {
        ProjectDetails details = new ProjectDetails(
                reader.optional(CODE.field(), text(CODE), ProjectCode::of).orElse(null),
                text(NAME),
                text(ENTERPRISE_NAME),
                reader.optional(CREDIT_CODE.field(), text(CREDIT_CODE), CreditCode::of).orElse(null),
                text(ZONE),
                text(INDUSTRY),
                requiredFlag(STRATEGIC_EMERGING),
                requiredFlag(INDUSTRIAL),
                amount(TOTAL_INVESTMENT),
                amount(EXPECTED_ANNUAL_OUTPUT),
                reader.flag(COMMITMENT.field(), text(COMMITMENT)),
                reader.flag(FULL_AGENCY.field(), text(FULL_AGENCY)),
                text(LAND_PARCEL));
        Map<Stage, LocalDate> reachedOn = new EnumMap<>(Stage.class);
        DATE_OF_STAGE.forEach((reached, column) -> reader.optional(column.field(), text(column),
                InputReader::parseDate).ifPresent(day -> reachedOn.put(reached, day)));
        ImportedProject project = new ImportedProject(details,
                reader.optional(STAGE.field(), text(STAGE), Stage::parse).orElse(null),
                reachedOn,
                amount(COMPLETED_INVESTMENT),
                text(ACTIVITY),
                reader.optional(BATCH.field(), text(BATCH), Batch::parse).orElse(null),
                reader.optional(ACTIVITY_DATE.field(), text(ACTIVITY_DATE), InputReader::parseDate).orElse(null),
                new PlannedDates(date(PLANNED_START_DATE), date(PLANNED_PRODUCTION_DATE),
                        date(PLANNED_EFFECTIVE_DATE)),
                yearPlan());
        return ReadCommand.of(project, reader);
    }

    private ImportedYearPlan yearPlan() {
        List<Amount> months = new ArrayList<>();
        for (int month = 1; month <= YearPlan.MONTHS; month++) {
            months.add(amount(ImportColumn.plannedMonth(month)));
        }
        return new ImportedYearPlan(reader.optional(PLAN_YEAR.field(), text(PLAN_YEAR), YearPlan::parseYear)
                .orElse(null), amount(PLAN_YEAR_TOTAL), months);
    }

    /** A column the file does not have is blank; the cells after the template's are never read. */
    private String text(ImportColumn column) {
        return column.ordinal() < columns ? line.cell(column.ordinal()).strip() : "";
    }

    private LocalDate date(ImportColumn column) {
        return reader.optional(column.field(), text(column), InputReader::parseDate).orElse(null);
    }

    /** 是 or 否 must be written: a blank would silently count as 否 in the province's figures. */
    private boolean requiredFlag(ImportColumn column) {
        return Boolean.TRUE.equals(reader.required(column.field(), text(column), InputReader::parseFlag));
    }

    private Amount amount(ImportColumn column) {
        return reader.optional(column.field(), text(column), Amount::ofWan).orElse(null);
    }
}
