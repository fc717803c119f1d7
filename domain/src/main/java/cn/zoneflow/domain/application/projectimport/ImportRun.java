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
import static cn.zoneflow.domain.application.projectimport.ImportColumn.STRATEGIC_EMERGING;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.TOTAL_INVESTMENT;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.ZONE;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One import, in two passes: every line is checked — cells, rules across cells, the project already recorded
 * under its code — without changing anything; only when no line is wrong are the projects created or revised,
 * their enterprises and activities recorded, and the new projects' workflows announced.
 */
final class ImportRun {

    /** The column holding the day each stage was reached, in stage order. */
    private static final Map<Stage, ImportColumn> DATE_OF_STAGE = new EnumMap<>(Map.of(Stage.SIGNED, SIGNED_ON,
            Stage.STARTED, STARTED_ON, Stage.PRODUCING, PRODUCING_ON, Stage.EFFECTIVE, EFFECTIVE_ON));

    private final Scope scope;
    private final String importedBy;
    private final LocalDate today;
    private final ProjectRepository projects;
    private final EnterpriseRepository enterprises;
    private final ZoneRepository zones;
    private final ActivityRepository activities;
    private final LandParcelRepository parcels;

    private final List<RowError> errors = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();
    private final Map<ProjectCode, Integer> lineOfCode = new HashMap<>();
    private final Map<String, Optional<Zone>> zoneOfName = new HashMap<>();
    private final Map<String, Optional<Industry>> industryOfName = new HashMap<>();
    private final Map<CreditCode, Enterprise> enterpriseOfCode = new HashMap<>();
    private final Set<Enterprise> newEnterprises = new HashSet<>();
    private final Map<String, Activity> activityOfName = new LinkedHashMap<>();
    private final Set<Activity> newActivities = new HashSet<>();

    ImportRun(Scope scope, String importedBy, LocalDate today, ProjectRepository projects,
            EnterpriseRepository enterprises, ZoneRepository zones, ActivityRepository activities,
            LandParcelRepository parcels) {
        this.scope = scope;
        this.importedBy = importedBy;
        this.today = today;
        this.projects = projects;
        this.enterprises = enterprises;
        this.zones = zones;
        this.activities = activities;
        this.parcels = parcels;
    }

    /** A line that passed every check, and what writing it will do. */
    private record PlannedRow(Project existing, Project created, ProjectFacts facts, ProjectReforms reforms,
            Amount completedTotal, Activity activity, Batch batch) {
    }

    void check(ImportTable.Line line) {
        Cells cells = new Cells(line);
        List<ImportColumn> formulas = cells.formulas();
        if (!formulas.isEmpty()) {
            formulas.forEach(column -> errors.add(new RowError(line.number(), column.header(),
                    "import.cell.formula", "")));
            return;
        }
        InputReader reader = new InputReader();
        ProjectCode code = reader.required(CODE.header(), cells.text(CODE), ProjectCode::of);
        String name = reader.text(NAME.header(), cells.text(NAME), ProjectFacts.NAME_MAX_LENGTH, true);
        String enterpriseName = reader.text(ENTERPRISE_NAME.header(), cells.text(ENTERPRISE_NAME),
                Enterprise.NAME_MAX_LENGTH, true);
        CreditCode creditCode = reader.required(CREDIT_CODE.header(), cells.text(CREDIT_CODE), CreditCode::of);
        Zone zone = reader.required(ZONE.header(), cells.text(ZONE), written -> zoneOfName
                .computeIfAbsent(written, zones::zoneCalled)
                .orElseThrow(() -> new InvalidValueException("zone.unknown", written)));
        Industry industry = reader.required(INDUSTRY.header(), cells.text(INDUSTRY), written -> industryOfName
                .computeIfAbsent(written, projects::industryCalled)
                .orElseThrow(() -> new InvalidValueException("industry.unknown", written)));
        Boolean strategicEmerging = reader.required(STRATEGIC_EMERGING.header(), cells.text(STRATEGIC_EMERGING),
                InputReader::parseFlag);
        Boolean industrial = reader.required(INDUSTRIAL.header(), cells.text(INDUSTRIAL), InputReader::parseFlag);
        Amount totalInvestment = reader.positiveAmount(TOTAL_INVESTMENT.header(), cells.text(TOTAL_INVESTMENT));
        Amount expectedOutput = reader.amount(EXPECTED_ANNUAL_OUTPUT.header(), cells.text(EXPECTED_ANNUAL_OUTPUT),
                true);
        Stage stage = reader.required(STAGE.header(), cells.text(STAGE), Stage::parse);
        Map<Stage, LocalDate> reachedOn = new EnumMap<>(Stage.class);
        DATE_OF_STAGE.forEach((reached, column) -> reader.optional(column.header(), cells.text(column),
                InputReader::parseDate).ifPresent(day -> reachedOn.put(reached, day)));
        Amount completed = reader.amount(COMPLETED_INVESTMENT.header(), cells.text(COMPLETED_INVESTMENT), false);
        boolean underCommitment = reader.flag(COMMITMENT.header(), cells.text(COMMITMENT));
        boolean fullAgency = reader.flag(FULL_AGENCY.header(), cells.text(FULL_AGENCY));
        String parcel = reader.text(LAND_PARCEL.header(), cells.text(LAND_PARCEL),
                ProjectReforms.PARCEL_CODE_MAX_LENGTH, false);
        String activityName = reader.text(ACTIVITY.header(), cells.text(ACTIVITY), Activity.NAME_MAX_LENGTH, false);
        Batch batch = reader.optional(BATCH.header(), cells.text(BATCH), Batch::parse).orElse(null);
        LocalDate activityDate = reader.date(ACTIVITY_DATE.header(), cells.text(ACTIVITY_DATE), false);

        if (code != null) {
            Integer earlier = lineOfCode.putIfAbsent(code, line.number());
            if (earlier != null) {
                reader.reject(CODE.header(), "import.code.repeated", code.value() + " / " + earlier);
            }
        }
        if (zone != null && !scope.covers(zone)) {
            reader.reject(ZONE.header(), "zone.outsideScope", cells.text(ZONE));
        }
        if (parcel != null && zone != null && !parcels.registeredIn(parcel, zone)) {
            reader.reject(LAND_PARCEL.header(), "landParcel.unknown", parcel);
        }
        if (stage != null) {
            checkDates(reader, stage, reachedOn, cells);
            if (stage == Stage.RESERVE && completed != null) {
                reader.reject(COMPLETED_INVESTMENT.header(), "import.completed.reserve", cells.text(COMPLETED_INVESTMENT));
            }
        }
        Optional<Project> existing = code == null ? Optional.empty() : projects.findByCode(code);
        existing.ifPresent(project -> checkAgainstRecord(reader, project, stage, reachedOn, completed, cells));
        Activity activity = activityName == null
                ? noActivity(reader, batch, activityDate)
                : activity(reader, activityName, activityDate);
        if (activity != null && batch == null) {
            reader.reject(BATCH.header(), "import.batch.required", "");
        }
        if (activity != null && batch != null && stage != null && stage.compareTo(batch.stage()) < 0) {
            reader.reject(BATCH.header(), "activity.stageNotReached", stage.chineseName());
        }
        if (activity != null && batch != null) {
            existing.flatMap(activity::entryOf).filter(entry -> entry.batch() != batch).ifPresent(entry ->
                    reader.reject(BATCH.header(), "import.activity.otherBatch", entry.batch().chineseName()));
        }
        try {
            reader.finish();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(rowError(line, error)));
            return;
        }
        plan(line, existing.orElse(null), new ProjectFacts(code, name,
                enterprise(creditCode, enterpriseName), zone, industry, strategicEmerging, industrial,
                totalInvestment, expectedOutput, existing.map(Project::plannedStartDate).orElse(null),
                existing.map(Project::plannedProductionDate).orElse(null)),
                new ProjectReforms(underCommitment, fullAgency, parcel), stage, reachedOn, completed, activity, batch);
    }

    /** Each stage reached needs its day, no later stage may have one, days follow the stages and none is ahead. */
    private void checkDates(InputReader reader, Stage stage, Map<Stage, LocalDate> reachedOn, Cells cells) {
        LocalDate previous = null;
        for (Map.Entry<Stage, ImportColumn> stageDate : DATE_OF_STAGE.entrySet()) {
            Stage reached = stageDate.getKey();
            ImportColumn column = stageDate.getValue();
            LocalDate day = reachedOn.get(reached);
            if (reached.compareTo(stage) <= 0 && day == null && cells.text(column).isBlank()) {
                reader.reject(column.header(), "import.date.requiredForStage", stage.chineseName());
            } else if (reached.compareTo(stage) > 0 && day != null) {
                reader.reject(column.header(), "import.date.beyondStage", stage.chineseName());
            } else if (day != null && day.isAfter(today)) {
                reader.reject(column.header(), "import.date.future", day.toString());
            } else if (day != null && previous != null && day.isBefore(previous)) {
                reader.reject(column.header(), "stageMove.date.beforePrevious", day.toString());
            }
            previous = day == null ? previous : day;
        }
    }

    /**
     * A project ZoneFlow already holds: it must be the caller's, its stage moves only through approvals, and its
     * recorded days and months stand.
     */
    private void checkAgainstRecord(InputReader reader, Project project, Stage stage, Map<Stage, LocalDate> reachedOn,
            Amount completed, Cells cells) {
        if (!scope.covers(project.zone())) {
            reader.reject(CODE.header(), "import.code.outsideScope", project.code().value());
            return;
        }
        if (stage != null && stage != project.stage()) {
            reader.reject(STAGE.header(), "import.stage.changed", project.stage().chineseName());
        }
        DATE_OF_STAGE.forEach((reached, column) -> project.reached(reached)
                .filter(recorded -> reachedOn.containsKey(reached) && !recorded.equals(reachedOn.get(reached)))
                .ifPresent(recorded -> reader.reject(column.header(), "import.date.differs", recorded.toString())));
        Amount earlier = project.completedBefore(YearMonth.from(today));
        if (completed != null && earlier.compareTo(completed) > 0) {
            reader.reject(COMPLETED_INVESTMENT.header(), "investment.totalBelowRecorded", cells.text(COMPLETED_INVESTMENT));
        }
    }

    private Activity activity(InputReader reader, String name, LocalDate heldOn) {
        Activity known = activityOfName.computeIfAbsent(name, key -> activities.findByName(key).orElse(null));
        if (known == null) {
            if (heldOn == null) {
                reader.reject(ACTIVITY_DATE.header(), "import.activityDate.required", "");
                return null;
            }
            Activity created = new Activity(name, heldOn, null);
            activityOfName.put(name, created);
            newActivities.add(created);
            return created;
        }
        if (heldOn != null && !heldOn.equals(known.heldOn())) {
            reader.reject(ACTIVITY_DATE.header(), "import.activityDate.differs", known.heldOn().toString());
        }
        return known;
    }

    private static Activity noActivity(InputReader reader, Batch batch, LocalDate heldOn) {
        if (batch != null || heldOn != null) {
            reader.reject(ACTIVITY.header(), "import.activity.required", "");
        }
        return null;
    }

    private Enterprise enterprise(CreditCode code, String name) {
        return enterpriseOfCode.computeIfAbsent(code, key -> enterprises.findByCreditCode(key).orElseGet(() -> {
            Enterprise created = new Enterprise(name, key, null, null);
            newEnterprises.add(created);
            return created;
        }));
    }

    private void plan(ImportTable.Line line, Project existing, ProjectFacts facts, ProjectReforms reforms, Stage stage,
            Map<Stage, LocalDate> reachedOn, Amount completed, Activity activity, Batch batch) {
        try {
            Project created = existing == null ? Project.imported(facts, stage, reachedOn, importedBy) : null;
            planned.add(new PlannedRow(existing, created, facts, reforms, completed, activity, batch));
        } catch (InvalidValueException e) {
            errors.add(new RowError(line.number(), STAGE.header(), e.messageKey(), e.rejectedValue()));
        }
    }

    /** @throws ImportRefusedException listing every wrong cell of every line, when there is one */
    void refuseIfWrong() {
        if (!errors.isEmpty()) {
            throw ImportRefusedException.rows(errors);
        }
    }

    /** Writes every planned line; the new projects, flushed so they have ids, are returned for their workflows. */
    List<Project> write(Counter counter) {
        newEnterprises.forEach(enterprises::add);
        newActivities.forEach(activities::add);
        YearMonth month = YearMonth.from(today);
        List<Project> created = new ArrayList<>();
        for (PlannedRow row : planned) {
            Project project = row.created() != null ? row.created() : row.existing();
            boolean changed = row.created() != null;
            if (row.created() != null) {
                project.runUnder(row.reforms());
                projects.add(project);
                created.add(project);
            } else {
                changed = project.revise(row.facts(), row.reforms());
            }
            if (row.completedTotal() != null) {
                changed |= project.recordCompletedTotal(row.completedTotal(), importedBy, month);
            }
            if (row.activity() != null && row.activity().entryOf(project).isEmpty()) {
                row.activity().enrol(project, row.batch());
                changed = true;
            }
            counter.count(row.created() != null, changed);
        }
        projects.flush();
        return created;
    }

    /** Counts what the lines did. */
    static final class Counter {
        private int created;
        private int updated;
        private int unchanged;

        void count(boolean isNew, boolean changed) {
            if (isNew) {
                created++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }

        ImportOutcome outcome(List<String> ignoredColumns) {
            return new ImportOutcome(created, updated, unchanged, ignoredColumns);
        }
    }

    private static RowError rowError(ImportTable.Line line, FieldError error) {
        return new RowError(line.number(), error.field(), error.messageKey(), error.rejectedValue());
    }

    /** A line's cells by column, with formulas told apart. */
    private record Cells(ImportTable.Line line) {

        String text(ImportColumn column) {
            return line.cell(column.ordinal()).strip();
        }

        List<ImportColumn> formulas() {
            return Arrays.stream(ImportColumn.values()).filter(column -> text(column).startsWith(XlsxTable.FORMULA))
                    .toList();
        }
    }
}
