package cn.zoneflow.domain.application.projectimport;

import static cn.zoneflow.domain.application.projectimport.ImportColumn.ACTIVITY;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.ACTIVITY_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.BATCH;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.CODE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.COMPLETED_INVESTMENT;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLANNED_EFFECTIVE_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLANNED_PRODUCTION_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLANNED_START_DATE;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.PLAN_YEAR;
import static cn.zoneflow.domain.application.projectimport.ImportColumn.STAGE;
import static cn.zoneflow.domain.application.projectimport.ImportLineReader.DATE_OF_STAGE;

import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.application.ProjectDetailsCheck;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.plan.PlanProposal;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One import, in two passes: every line is checked — cells, rules across cells, the project already recorded
 * under its code — without changing anything; only when no line is wrong are the projects created or revised,
 * their enterprises and activities recorded, and the new projects' workflows announced.
 */
final class ImportRun {

    private final Scope scope;
    private final String importedBy;
    private final LocalDateTime now;
    private final LocalDate today;
    private final int columns;
    private final ProjectRepository projects;
    private final EnterpriseRepository enterprises;
    private final ProjectDetailsCheck detailsCheck;
    private final ActivityRepository activities;
    private final PlanVersionRepository plans;

    private final List<RowError> errors = new ArrayList<>();
    private final List<PlannedRow> planned = new ArrayList<>();
    private final Map<ProjectCode, Integer> lineOfCode = new HashMap<>();
    private final Map<ProjectCode, Project> recorded = new HashMap<>();
    private final Map<CreditCode, Enterprise> enterpriseOfCode = new HashMap<>();
    private final Set<Enterprise> newEnterprises = new HashSet<>();
    private final Map<String, Activity> activityOfName = new LinkedHashMap<>();
    private final Set<Activity> newActivities = new HashSet<>();
    private final List<Long> replanned = new ArrayList<>();

    /** @param columns how many of the template's columns the file has, from the first */
    ImportRun(Scope scope, String importedBy, LocalDateTime now, int columns, ProjectRepository projects,
            EnterpriseRepository enterprises, ZoneRepository zones, ActivityRepository activities,
            LandParcelRepository parcels, PlanVersionRepository plans) {
        this.scope = scope;
        this.importedBy = importedBy;
        this.now = now;
        this.today = now.toLocalDate();
        this.columns = columns;
        this.projects = projects;
        this.enterprises = enterprises;
        this.detailsCheck = new ProjectDetailsCheck(scope, zones, projects, parcels);
        this.activities = activities;
        this.plans = plans;
    }

    /**
     * A line that passed every check, and what writing it will do.
     *
     * @param yearPlan a year's monthly plan the project does not have yet, or null
     */
    private record PlannedRow(Project existing, Project created, ProjectFacts facts, ProjectReforms reforms,
            Amount completedTotal, Activity activity, Batch batch, PlannedDates plannedDates, YearPlan yearPlan) {
    }

    /** A line's cells read into their values, with what could not be read. */
    private record ReadLine(ImportTable.Line line, ReadCommand<ImportedProject> read) {

        ProjectDetails details() {
            return read.command().details();
        }
    }

    /**
     * Checks every line. The projects and enterprises already recorded under the lines' codes are looked up together
     * first, a few queries for the whole file rather than one for each line.
     */
    void checkAll(List<ImportTable.Line> lines) {
        List<ReadLine> read = lines.stream().map(this::read).flatMap(Optional::stream).toList();
        projects.findByCodes(read.stream().map(line -> line.details().code()).filter(Objects::nonNull)
                .collect(Collectors.toSet())).forEach(project -> recorded.put(project.code(), project));
        enterprises.findByCreditCodes(read.stream().map(line -> line.details().creditCode())
                        .filter(Objects::nonNull).collect(Collectors.toSet()))
                .forEach(enterprise -> enterpriseOfCode.put(enterprise.creditCode(), enterprise));
        read.forEach(this::check);
    }

    /** The line's cells, or nothing when a cell holds a formula, which is refused rather than read. */
    private Optional<ReadLine> read(ImportTable.Line line) {
        ImportLineReader cells = new ImportLineReader(line, columns);
        List<ImportColumn> formulas = cells.formulas();
        if (!formulas.isEmpty()) {
            formulas.forEach(column -> errors.add(new RowError(line.number(), column.header(),
                    "import.cell.formula", "")));
            return Optional.empty();
        }
        return Optional.of(new ReadLine(line, cells.read()));
    }

    private void check(ReadLine readLine) {
        ImportTable.Line line = readLine.line();
        ReadCommand<ImportedProject> read = readLine.read();
        ImportedProject row = read.command();
        ProjectDetails details = row.details();
        Refusals refusals = new Refusals(read.unreadable());
        ProjectDetailsCheck.Found found = detailsCheck.check(row, details, refusals);
        ProjectCode code = details.code();
        if (code != null) {
            Integer earlier = lineOfCode.putIfAbsent(code, line.number());
            if (earlier != null) {
                refusals.rejectUnlessRefused(CODE.field(), "import.code.repeated", code.value() + " / " + earlier);
            }
        }
        Stage stage = row.stage();
        if (stage != null) {
            checkDates(refusals, stage, row.reachedOn());
            if (stage == Stage.RESERVE && row.completedInvestment() != null) {
                refusals.rejectUnlessRefused(COMPLETED_INVESTMENT.field(), "import.completed.reserve",
                        row.completedInvestment().wan().toPlainString());
            }
        }
        Optional<Project> existing = code == null ? Optional.empty() : Optional.ofNullable(recorded.get(code));
        existing.ifPresent(project -> checkAgainstRecord(refusals, project, row));
        checkPlan(refusals, existing.orElse(null), row);
        YearPlan yearPlan = newYearPlan(refusals, existing.orElse(null), row);
        Batch batch = row.batch();
        Activity activity = row.activity() == null
                ? noActivity(refusals, batch, row.activityDate())
                : activity(refusals, row.activity(), row.activityDate());
        if (activity != null && batch == null) {
            refusals.rejectUnlessRefused(BATCH.field(), "import.batch.required", "");
        }
        if (activity != null && batch != null && stage != null && stage.compareTo(batch.stage()) < 0) {
            refusals.rejectUnlessRefused(BATCH.field(), "activity.stageNotReached", stage.chineseName());
        }
        if (activity != null && batch != null) {
            existing.flatMap(activity::entryOf).filter(entry -> entry.batch() != batch).ifPresent(entry ->
                    refusals.rejectUnlessRefused(BATCH.field(), "import.activity.otherBatch",
                            entry.batch().chineseName()));
        }
        if (refusals.hasErrors()) {
            refusals.errors().forEach(error -> errors.add(rowError(line, error)));
            return;
        }
        plan(line, existing.orElse(null), new ProjectFacts(code, details.name(),
                enterprise(details.creditCode(), details.enterpriseName()), found.zone(), found.industry(),
                details.strategicEmerging(), details.industrial(), details.totalInvestment(),
                details.expectedAnnualOutput(),
                existing.map(Project::plannedStartDate).orElse(row.plannedDates().start()),
                existing.map(Project::plannedProductionDate).orElse(row.plannedDates().production())),
                details.reforms(), stage, row.reachedOn(), row.completedInvestment(), activity, batch,
                row.plannedDates(), yearPlan);
    }

    /**
     * A new project's plan in order and not before its signing, none for one in reserve (planned once signed); a
     * recorded project's plan changes only through 调整计划, so a day other than the recorded one is wrong.
     */
    private static void checkPlan(Refusals refusals, Project existing, ImportedProject row) {
        PlannedDates dates = row.plannedDates();
        if (existing == null && row.stage() != Stage.RESERVE) {
            dates.check(row.reachedOn().get(Stage.SIGNED), refusals);
            return;
        }
        PlannedDates recorded = existing == null ? PlannedDates.NONE : existing.plannedDates();
        String reason = existing == null ? "import.plan.reserve" : "import.plan.changeNeedsApproval";
        refuseOther(refusals, PLANNED_START_DATE, dates.start(), recorded.start(), reason);
        refuseOther(refusals, PLANNED_PRODUCTION_DATE, dates.production(), recorded.production(), reason);
        refuseOther(refusals, PLANNED_EFFECTIVE_DATE, dates.effective(), recorded.effective(), reason);
    }

    /**
     * The year's monthly plan a line gives, when it is one to record: a new project's, or a year a recorded project has
     * no plan for yet (a year it has changes through 调整计划, as its dates do). None for a project in reserve, none
     * for a year before the signing, none while a change waits for the manager.
     */
    private YearPlan newYearPlan(Refusals refusals, Project existing, ImportedProject row) {
        ImportedYearPlan given = row.yearPlan();
        if (!given.given()) {
            return null;
        }
        YearPlan yearPlan = given.checked(refusals);
        Stage stage = existing == null ? row.stage() : existing.stage();
        if (yearPlan == null || stage == null) {
            return null;
        }
        if (stage == Stage.RESERVE) {
            refusals.rejectUnlessRefused(PLAN_YEAR.field(), "import.plan.reserve", yearPlan.year().toString());
            return null;
        }
        LocalDate signedOn = existing == null ? row.reachedOn().get(Stage.SIGNED)
                : existing.reached(Stage.SIGNED).orElse(null);
        if (signedOn != null && yearPlan.year().getValue() < signedOn.getYear()) {
            refusals.rejectUnlessRefused(PLAN_YEAR.field(), "plan.year.beforeSigning", yearPlan.year().toString());
            return null;
        }
        if (existing == null) {
            return yearPlan;
        }
        ProjectPlan recorded = existing.plan(plans.of(existing.id()));
        if (recorded.pending().isPresent()) {
            refusals.rejectUnlessRefused(PLAN_YEAR.field(), "import.plan.changePending", yearPlan.year().toString());
            return null;
        }
        Optional<YearPlan> planned = recorded.yearPlan(yearPlan.year());
        if (planned.isPresent() && !planned.get().equals(yearPlan)) {
            refusals.rejectUnlessRefused(PLAN_YEAR.field(), "import.plan.changeNeedsApproval",
                    yearPlan.year().toString());
        }
        return planned.isPresent() ? null : yearPlan;
    }

    private static void refuseOther(Refusals refusals, ImportColumn column, LocalDate given, LocalDate recorded,
            String reason) {
        if (given != null && !given.equals(recorded)) {
            refusals.rejectUnlessRefused(column.field(), reason, given.toString());
        }
    }

    /** Each stage reached needs its day, no later stage may have one, days follow the stages and none is ahead. */
    private void checkDates(Refusals refusals, Stage stage, Map<Stage, LocalDate> reachedOn) {
        LocalDate previous = null;
        for (Map.Entry<Stage, ImportColumn> stageDate : DATE_OF_STAGE.entrySet()) {
            Stage reached = stageDate.getKey();
            String field = stageDate.getValue().field();
            LocalDate day = reachedOn.get(reached);
            if (reached.compareTo(stage) <= 0 && day == null) {
                refusals.rejectUnlessRefused(field, "import.date.requiredForStage", stage.chineseName());
            } else if (reached.compareTo(stage) > 0 && day != null) {
                refusals.rejectUnlessRefused(field, "import.date.beyondStage", stage.chineseName());
            } else if (day != null && day.isAfter(today)) {
                refusals.rejectUnlessRefused(field, "import.date.future", day.toString());
            } else if (day != null && previous != null && day.isBefore(previous)) {
                refusals.rejectUnlessRefused(field, "stageMove.date.beforePrevious", day.toString());
            }
            previous = day == null ? previous : day;
        }
    }

    /**
     * A project ZoneFlow already holds: it must be the caller's, its stage moves only through approvals, and its
     * recorded days and months stand.
     */
    private void checkAgainstRecord(Refusals refusals, Project project, ImportedProject row) {
        if (!scope.covers(project.zone())) {
            refusals.rejectUnlessRefused(CODE.field(), "import.code.outsideScope", project.code().value());
            return;
        }
        if (row.stage() != null && row.stage() != project.stage()) {
            refusals.rejectUnlessRefused(STAGE.field(), "import.stage.changed", project.stage().chineseName());
        }
        DATE_OF_STAGE.forEach((reached, column) -> project.reached(reached)
                .filter(recorded -> row.reachedOn().containsKey(reached)
                        && !recorded.equals(row.reachedOn().get(reached)))
                .ifPresent(recorded -> refusals.rejectUnlessRefused(column.field(), "import.date.differs",
                        recorded.toString())));
        Amount earlier = project.completedBefore(YearMonth.from(today));
        Amount completed = row.completedInvestment();
        if (completed != null && earlier.compareTo(completed) > 0) {
            refusals.rejectUnlessRefused(COMPLETED_INVESTMENT.field(), "investment.totalBelowRecorded",
                    completed.wan().toPlainString());
        }
    }

    private Activity activity(Refusals refusals, String name, LocalDate heldOn) {
        Activity known = activityOfName.computeIfAbsent(name, key -> activities.findByName(key).orElse(null));
        if (known == null) {
            if (heldOn == null) {
                refusals.rejectUnlessRefused(ACTIVITY_DATE.field(), "import.activityDate.required", "");
                return null;
            }
            Activity created = new Activity(name, heldOn, null);
            activityOfName.put(name, created);
            newActivities.add(created);
            return created;
        }
        if (heldOn != null && !heldOn.equals(known.heldOn())) {
            refusals.rejectUnlessRefused(ACTIVITY_DATE.field(), "import.activityDate.differs",
                    known.heldOn().toString());
        }
        return known;
    }

    private static Activity noActivity(Refusals refusals, Batch batch, LocalDate heldOn) {
        if (batch != null || heldOn != null) {
            refusals.rejectUnlessRefused(ACTIVITY.field(), "import.activity.required", "");
        }
        return null;
    }

    /** The enterprise recorded under the code (looked up with the file's others), or a new one. */
    private Enterprise enterprise(CreditCode code, String name) {
        return enterpriseOfCode.computeIfAbsent(code, key -> {
            Enterprise created = new Enterprise(name, key, null, null);
            newEnterprises.add(created);
            return created;
        });
    }

    private void plan(ImportTable.Line line, Project existing, ProjectFacts facts, ProjectReforms reforms, Stage stage,
            Map<Stage, LocalDate> reachedOn, Amount completed, Activity activity, Batch batch,
            PlannedDates plannedDates, YearPlan yearPlan) {
        try {
            Project created = existing == null ? Project.imported(facts, stage, withReserveEntry(stage, reachedOn),
                    importedBy) : null;
            planned.add(new PlannedRow(existing, created, facts, reforms, completed, activity, batch,
                    plannedDates, yearPlan));
        } catch (InvalidValueException e) {
            errors.add(new RowError(line.number(), STAGE.header(), e.messageKey(), e.rejectedValue()));
        }
    }

    /** A project imported in reserve enters the reserve library here on the day of the import. */
    private Map<Stage, LocalDate> withReserveEntry(Stage stage, Map<Stage, LocalDate> reachedOn) {
        if (stage != Stage.RESERVE) {
            return reachedOn;
        }
        Map<Stage, LocalDate> withEntry = new EnumMap<>(Stage.class);
        withEntry.putAll(reachedOn);
        withEntry.put(Stage.RESERVE, today);
        return withEntry;
    }

    /** @throws ImportRefusedException listing every wrong cell of every line, when there is one */
    void refuseIfWrong() {
        if (!errors.isEmpty()) {
            throw ImportRefusedException.rows(errors);
        }
    }

    /**
     * Writes every planned line; the new projects, flushed so they have ids, are returned for their workflows. The
     * projects given a plan are counted for {@link #replanned()}.
     */
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
                project.replan(row.plannedDates());
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
            counter.count(row.created() != null, changed || row.yearPlan() != null);
        }
        projects.flush();
        planned.stream().filter(row -> row.yearPlan() != null).forEach(this::enterYearPlan);
        planned.stream().filter(row -> row.yearPlan() != null
                        || row.created() != null && !row.plannedDates().equals(PlannedDates.NONE))
                .map(row -> row.created() != null ? row.created().id() : row.existing().id())
                .forEach(replanned::add);
        return created;
    }

    /** The projects whose plan the written lines set or extended, by id. */
    List<Long> replanned() {
        return List.copyOf(replanned);
    }

    /**
     * A year's plan takes effect at once: it fills what the plan left open, so no approval is asked. A project this
     * import creates is registered with its dates and months together, in one first version.
     */
    private void enterYearPlan(PlannedRow row) {
        Project project = row.created() != null ? row.created() : row.existing();
        ProjectPlan plan = row.created() != null ? new ProjectPlan(project.id(),
                project.reached(Stage.SIGNED).orElse(null), PlannedDates.NONE, List.of())
                : project.plan(plans.of(project.id()));
        ProjectPlan.Entered entered = plan.enter(PlanProposal.of(project.plannedDates(), List.of(row.yearPlan()),
                null), new Refusals(), importedBy, now);
        entered.added().forEach(plans::add);
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

        ImportOutcome outcome(List<String> ignoredColumns, boolean workflowsStartLater) {
            return new ImportOutcome(created, updated, unchanged, ignoredColumns, workflowsStartLater);
        }
    }

    private static RowError rowError(ImportTable.Line line, FieldError error) {
        return new RowError(line.number(), ImportColumn.ofField(error.field()).header(), error.messageKey(),
                error.rejectedValue());
    }
}
