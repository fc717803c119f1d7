package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.projectimport.ImportColumn;
import cn.zoneflow.domain.application.projectimport.ImportOutcome;
import cn.zoneflow.domain.application.projectimport.ImportedBatch;
import cn.zoneflow.domain.application.projectimport.ImportRefusedException;
import cn.zoneflow.domain.application.projectimport.ImportWorkbooks;
import cn.zoneflow.domain.application.projectimport.ProjectImport;
import cn.zoneflow.domain.application.projectimport.RowError;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.plan.PlanState;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.plan.PlansImported;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.StageMove;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing a zone's own list on H2 and MariaDB: created, revised, unchanged, or refused whole. */
class ProjectImportTest {

    private static final String STARTED_CODE = "2024-140700-44-01-000101";
    private static final String STANDARD_PARCEL = "JZ-2024-07";
    private static final String SIGNED_CODE = "2024-140600-44-01-000102";

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_import_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFilledInTemplateCreatesTheProjectsAtTheirStagesAndTheSameFileAgainChangesNothing(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            RecordedEvents<ProjectRegistered> registered = new RecordedEvents<>();
            byte[] file = ImportWorkbooks.filledTemplate(List.of(started().cells(), signedInShuozhou().cells()));

            ImportOutcome first = importFile(factory, Scope.PROVINCE, file, registered);
            ImportOutcome again = importFile(factory, Scope.PROVINCE, file, new RecordedEvents<>());

            assertThat(first).isEqualTo(new ImportOutcome(2, 0, 0, List.of(), false));
            assertThat(registered.fired()).extracting(ProjectRegistered::projectCode, ProjectRegistered::stage)
                    .containsExactly(tuple(STARTED_CODE, Stage.STARTED), tuple(SIGNED_CODE, Stage.SIGNED));
            assertThat(again).isEqualTo(new ImportOutcome(0, 0, 2, List.of(), false));
            TestDatabases.read(factory, em -> {
                Project started = project(em, STARTED_CODE);
                assertThat(started.stage()).isEqualTo(Stage.STARTED);
                assertThat(started.reached(Stage.SIGNED)).contains(LocalDate.of(2024, 3, 8));
                assertThat(started.reached(Stage.STARTED)).contains(LocalDate.of(2024, 6, 1));
                assertThat(started.stageMoves()).allMatch(StageMove::imported);
                assertThat(started.completedInvestment().wan()).isEqualByComparingTo("5000");
                assertThat(started.totalInvestment().wan()).isEqualByComparingTo("150000.5");
                assertThat(started.reforms()).isEqualTo(new ProjectReforms(true, true, STANDARD_PARCEL));
                assertThat(started.enterprise().creditCode()).isEqualTo(creditCode(1));
                assertThat(new JpaActivityRepository(em).entriesOf(started.id())).singleElement()
                        .satisfies(entry -> {
                            assertThat(entry.activity().name()).isEqualTo("2024年第二次");
                            assertThat(entry.activity().heldOn()).isEqualTo(LocalDate.of(2024, 7, 15));
                            assertThat(entry.batch()).isEqualTo(Batch.STARTING);
                        });
                assertThat(project(em, SIGNED_CODE).zone().name()).as("stored under its full name")
                        .isEqualTo("朔州经济开发区");
                return null;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedRowUpdatesItsProjectAndLeavesTheOthersAlone(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            importFile(factory, Scope.PROVINCE,
                    ImportWorkbooks.filledTemplate(List.of(started().cells(), signedInShuozhou().cells())),
                    new RecordedEvents<>());

            ImportOutcome changed = importFile(factory, Scope.PROVINCE, ImportWorkbooks.filledTemplate(List.of(
                    started().with(ImportColumn.TOTAL_INVESTMENT, "160000").with(ImportColumn.COMPLETED_INVESTMENT,
                            "8000").cells(), signedInShuozhou().cells())), new RecordedEvents<>());

            assertThat(changed).isEqualTo(new ImportOutcome(0, 1, 1, List.of(), false));
            Project started = TestDatabases.read(factory, em -> project(em, STARTED_CODE));
            assertThat(started.totalInvestment().wan()).isEqualByComparingTo("160000");
            assertThat(started.completedInvestment().wan()).isEqualByComparingTo("8000");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void oneWrongLineRefusesTheWholeFileNamingEveryWrongCell(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            String wrongCheckCharacter = creditCode(2).value().substring(0, 17) + "0";
            byte[] file = ImportWorkbooks.filledTemplate(List.of(signedInShuozhou().cells(), started()
                    .with(ImportColumn.CREDIT_CODE, wrongCheckCharacter)
                    .with(ImportColumn.STARTED_ON, "")
                    .with(ImportColumn.SIGNED_ON, "2099-01-01")
                    .with(ImportColumn.TOTAL_INVESTMENT, "-5").cells()));

            assertThatThrownBy(() -> importFile(factory, Scope.PROVINCE, file, new RecordedEvents<>()))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.rowErrors())
                            .extracting(RowError::line, RowError::column, RowError::messageKey)
                            .containsExactlyInAnyOrder(
                                    tuple(3, "统一社会信用代码", "creditCode.checkCharacter"),
                                    tuple(3, "总投资(万元)", "amount.negative"),
                                    tuple(3, "签约日期", "import.date.future"),
                                    tuple(3, "开工日期", "import.date.requiredForStage")));
            long projects = TestDatabases.read(factory, em -> new JpaProjectRepository(em).count());
            assertThat(projects).as("the good line was not written either").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aNewProjectTakesItsPlannedDaysAndARecordedOnesPlanChangesOnlyThroughApproval(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            importFile(factory, Scope.PROVINCE, ImportWorkbooks.filledTemplate(List.of(signedInShuozhou()
                    .with(ImportColumn.PLANNED_START_DATE, "2024-12-01")
                    .with(ImportColumn.PLANNED_PRODUCTION_DATE, "2025-10-01").cells())), new RecordedEvents<>());
            PlannedDates planned = TestDatabases.read(factory, em -> project(em, SIGNED_CODE).plannedDates());
            assertThat(planned).isEqualTo(new PlannedDates(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 10, 1), null));

            byte[] changed = ImportWorkbooks.filledTemplate(List.of(signedInShuozhou()
                    .with(ImportColumn.PLANNED_START_DATE, "2025-03-01")
                    .with(ImportColumn.PLANNED_PRODUCTION_DATE, "2025-10-01").cells(), started()
                    .with(ImportColumn.PLANNED_START_DATE, "2024-01-01").cells()));
            assertThatThrownBy(() -> importFile(factory, Scope.PROVINCE, changed, new RecordedEvents<>()))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.rowErrors())
                            .extracting(RowError::line, RowError::column, RowError::messageKey)
                            .containsExactlyInAnyOrder(
                                    tuple(2, "计划开工日期", "import.plan.changeNeedsApproval"),
                                    tuple(3, "计划开工日期", "project.plannedStartDate.beforeSigning")));
            LocalDate plannedStart = TestDatabases.read(factory, em -> project(em, SIGNED_CODE).plannedStartDate());
            assertThat(plannedStart).as("unchanged").isEqualTo(LocalDate.of(2024, 12, 1));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aYearsMonthlyPlanImportsWithANewProjectAndForAYearARecordedOneHasNotPlanned(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            byte[] plan2025 = ImportWorkbooks.filledTemplate(List.of(planning(signedInShuozhou()
                    .with(ImportColumn.PLANNED_START_DATE, "2025-03-01"), "2025", "1200", 12, "100").cells()));
            RecordedEvents<PlansImported> plansImported = new RecordedEvents<>();
            ImportOutcome first = importFile(factory, Scope.PROVINCE, plan2025, new RecordedEvents<>(), plansImported);
            ImportOutcome again = importFile(factory, Scope.PROVINCE, plan2025, new RecordedEvents<>(), plansImported);
            ImportOutcome plan2026 = importFile(factory, Scope.PROVINCE, ImportWorkbooks.filledTemplate(List.of(
                    planning(signedInShuozhou().with(ImportColumn.PLANNED_START_DATE, "2025-03-01"), "2026", "600", 6,
                            "100").cells())), new RecordedEvents<>(), plansImported);

            assertThat(List.of(first, again, plan2026)).containsExactly(new ImportOutcome(1, 0, 0, List.of(), false),
                    new ImportOutcome(0, 0, 1, List.of(), false), new ImportOutcome(0, 1, 0, List.of(), false));
            List<PlanVersion> versions = TestDatabases.read(factory, em -> new JpaPlanVersionRepository(em)
                    .of(project(em, SIGNED_CODE).id()));
            assertThat(versions).extracting(PlanVersion::number, PlanVersion::state, PlanVersion::isCurrent)
                    .as("the first plan with its months is the baseline; a new year takes effect at once")
                    .containsExactly(tuple(1, PlanState.APPROVED, false), tuple(2, PlanState.APPROVED, true));
            assertThat(versions.get(1).dates().start()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(versions.get(1).years()).extracting(plan -> plan.year().getValue(), plan -> plan.total())
                    .containsExactly(tuple(2025, Amount.ofWan("1200")), tuple(2026, Amount.ofWan("600")));
            assertThat(versions.get(1).years().get(1).month(7)).isEqualTo(Amount.ZERO);
            long id = versions.get(0).projectId();
            assertThat(plansImported.fired()).as("judged by its new plan at once, not when the same file comes again")
                    .extracting(PlansImported::projectIds).containsExactly(List.of(id), List.of(id));

            byte[] altered = ImportWorkbooks.filledTemplate(List.of(
                    planning(signedInShuozhou(), "2025", "1200", 6, "200").cells(),
                    planning(started(), "2023", "120", 12, "10").cells()));
            assertRefused(factory, altered, tuple(2, "计划年度", "import.plan.changeNeedsApproval"),
                    tuple(3, "计划年度", "plan.year.beforeSigning"));
            byte[] wrong = ImportWorkbooks.filledTemplate(List.of(
                    planning(started(), "2025", "500", 12, "100").cells(),
                    planning(signedInShuozhou(), "", "", 1, "100").cells()));
            assertRefused(factory, wrong, tuple(2, "年度计划投资(万元)", "plan.months.notTotal"),
                    tuple(3, "计划年度", "import.planYear.required"));
            long started = TestDatabases.read(factory, em -> new JpaProjectRepository(em)
                    .findByCode(ProjectCode.of(STARTED_CODE)).stream().count());
            assertThat(started).as("nothing of a refused file is written").isZero();
        }
    }

    /** The line with a year's plan: the total and the first months, each the same amount. */
    /**
     * A file of more new projects than one batch leaves their workflows to batches started after it, each project in
     * exactly one; the projects and enterprises already recorded are found by one lookup for the whole file.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aLargeImportLeavesTheNewProjectsWorkflowsToBatchesStartedAfterIt(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            int lines = ProjectImport.WORKFLOW_BATCH + 1;
            List<List<String>> rows = IntStream.range(0, lines).mapToObj(serial -> signedInShuozhou()
                    .with(ImportColumn.CODE, String.format("2024-140600-44-01-%06d", 200_000 + serial))
                    .with(ImportColumn.CREDIT_CODE, creditCode(1_000 + serial % 50).value()).cells()).toList();
            RecordedEvents<ProjectRegistered> registered = new RecordedEvents<>();
            RecordedEvents<ImportedBatch> batches = new RecordedEvents<>();

            ImportOutcome outcome = importFile(factory, Scope.PROVINCE, ImportWorkbooks.filledTemplate(rows),
                    registered, new RecordedEvents<>(), batches);

            assertThat(outcome).isEqualTo(new ImportOutcome(lines, 0, 0, List.of(), true));
            assertThat(registered.fired()).as("no workflow started with the import").isEmpty();
            assertThat(batches.fired()).extracting(batch -> batch.projectIds().size())
                    .containsExactly(ProjectImport.WORKFLOW_BATCH, 1);
            List<Long> ids = batches.fired().stream().flatMap(batch -> batch.projectIds().stream()).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(lines);
            long enterprises = TestDatabases.read(factory, em -> em.createQuery(
                    "select count(e) from Enterprise e", Long.class).getSingleResult());
            assertThat(enterprises).as("an enterprise of many lines recorded once").isEqualTo(50L);

            TestDatabases.write(factory, em -> projectImport(em, registered, new RecordedEvents<>(),
                    new RecordedEvents<>()).startWorkflows(batches.fired().get(1)));
            assertThat(registered.fired()).singleElement().satisfies(started -> {
                assertThat(started.projectCode()).isEqualTo(String.format("2024-140600-44-01-%06d", 200_000 + lines - 1));
                assertThat(started.stage()).isEqualTo(Stage.SIGNED);
            });
            assertThat(importFile(factory, Scope.PROVINCE, ImportWorkbooks.filledTemplate(rows), new RecordedEvents<>()))
                    .as("the same file again finds every project").isEqualTo(new ImportOutcome(0, 0, lines, List.of(),
                            false));
        }
    }

    private static Line planning(Line line, String year, String total, int months, String perMonth) {
        line.with(ImportColumn.PLAN_YEAR, year).with(ImportColumn.PLAN_YEAR_TOTAL, total);
        for (int month = 1; month <= months; month++) {
            line.with(ImportColumn.valueOf("PLANNED_MONTH_" + month), perMonth);
        }
        return line;
    }

    @SafeVarargs
    private static void assertRefused(EntityManagerFactory factory, byte[] file,
            org.assertj.core.groups.Tuple... expected) {
        assertThatThrownBy(() -> importFile(factory, Scope.PROVINCE, file, new RecordedEvents<>()))
                .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.rowErrors())
                        .extracting(RowError::line, RowError::column, RowError::messageKey)
                        .containsExactlyInAnyOrder(expected));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLineOutsideTheImportersScopeOrChangingARecordedStageIsWrong(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            importFile(factory, Scope.PROVINCE, ImportWorkbooks.filledTemplate(List.of(started().cells())),
                    new RecordedEvents<>());
            long jinzhong = TestDatabases.read(factory, em -> TestProjects.zone(em, "晋中开发区").id());
            byte[] file = ImportWorkbooks.filledTemplate(List.of(
                    started().with(ImportColumn.STAGE, "投产").with(ImportColumn.PRODUCING_ON, "2024-09-01").cells(),
                    signedInShuozhou().cells()));

            assertThatThrownBy(() -> importFile(factory, Scope.ofZone(jinzhong), file, new RecordedEvents<>()))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.rowErrors())
                            .extracting(RowError::line, RowError::column, RowError::messageKey)
                            .containsExactlyInAnyOrder(
                                    tuple(2, "当前阶段", "import.stage.changed"),
                                    tuple(3, "所属开发区", "zone.outsideScope")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aParcelCodeTheZoneHasNotRegisteredIsAWrongCell(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            byte[] file = ImportWorkbooks.filledTemplate(List.of(started().with(ImportColumn.LAND_PARCEL, "JZ-2099-01")
                    .cells()));

            assertThatThrownBy(() -> importFile(factory, Scope.PROVINCE, file, new RecordedEvents<>()))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.rowErrors())
                            .containsExactly(new RowError(2, "标准地地块编号", "landParcel.unknown", "JZ-2099-01")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFormulaInACsvCellIsRefusedAndNeverEchoed(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            byte[] csv = ImportWorkbooks.csv(ImportWorkbooks.templateHeaders(), List.of(started()
                    .with(ImportColumn.NAME, "=HYPERLINK(\"http://127.0.0.1/x\",\"点击\")").cells()));

            assertThatThrownBy(() -> importFile(factory, Scope.PROVINCE, csv, new RecordedEvents<>()))
                    .isInstanceOfSatisfying(ImportRefusedException.class, refused -> assertThat(refused.rowErrors())
                            .containsExactly(new RowError(2, "项目名称", "import.cell.formula", "")));
        }
    }

    private static ImportOutcome importFile(EntityManagerFactory factory, Scope scope, byte[] file,
            RecordedEvents<ProjectRegistered> registered) {
        return importFile(factory, scope, file, registered, new RecordedEvents<>());
    }

    private static ImportOutcome importFile(EntityManagerFactory factory, Scope scope, byte[] file,
            RecordedEvents<ProjectRegistered> registered, RecordedEvents<PlansImported> plansImported) {
        return importFile(factory, scope, file, registered, plansImported, new RecordedEvents<>());
    }

    private static ImportOutcome importFile(EntityManagerFactory factory, Scope scope, byte[] file,
            RecordedEvents<ProjectRegistered> registered, RecordedEvents<PlansImported> plansImported,
            RecordedEvents<ImportedBatch> batches) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            registerStandardParcel(em);
            ImportOutcome outcome = projectImport(em, registered, plansImported, batches)
                    .importFile(scope, file, "officer.test");
            em.getTransaction().commit();
            return outcome;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static ProjectImport projectImport(EntityManager em, RecordedEvents<ProjectRegistered> registered,
            RecordedEvents<PlansImported> plansImported, RecordedEvents<ImportedBatch> batches) {
        return new ProjectImport(new JpaProjectRepository(em), new JpaEnterpriseRepository(em),
                new JpaZoneRepository(em), new JpaActivityRepository(em), new JpaLandParcelRepository(em),
                new JpaPlanVersionRepository(em), registered, plansImported, batches,
                new AuditTrail(new JpaAuditRepository(em), AuditTrailTest.OFFICE));
    }

    /** The parcel the started line stands on, as its zone registered it before importing its list. */
    private static void registerStandardParcel(EntityManager em) {
        JpaLandParcelRepository parcels = new JpaLandParcelRepository(em);
        if (parcels.parcelCoded(STANDARD_PARCEL).isEmpty()) {
            parcels.add(new LandParcel(STANDARD_PARCEL, new JpaZoneRepository(em).zoneCalled("晋中开发区").orElseThrow(),
                    new BigDecimal("30"), LocalDate.of(2024, 2, 1), new BigDecimal("300"), new BigDecimal("500"),
                    new BigDecimal("30"), new BigDecimal("0.5"), List.of(RegionalAssessment.SOIL_WATER)));
        }
    }

    private static Project project(EntityManager em, String code) {
        return new JpaProjectRepository(em).findByCode(ProjectCode.of(code)).orElseThrow();
    }

    private static CreditCode creditCode(int serial) {
        return CreditCode.completing(String.format("91140700MA%07d", serial));
    }

    /** A 开工 project of 晋中开发区 presented in 2024年第二次's 开工一批, under both reforms, on a standard parcel. */
    private static Line started() {
        return new Line()
                .with(ImportColumn.CODE, STARTED_CODE)
                .with(ImportColumn.NAME, "年产8GW太阳能电池项目")
                .with(ImportColumn.ENTERPRISE_NAME, "山西测试光伏科技有限公司")
                .with(ImportColumn.CREDIT_CODE, creditCode(1).value())
                .with(ImportColumn.ZONE, "晋中开发区")
                .with(ImportColumn.INDUSTRY, "新能源")
                .with(ImportColumn.STRATEGIC_EMERGING, "是")
                .with(ImportColumn.INDUSTRIAL, "是")
                .with(ImportColumn.TOTAL_INVESTMENT, "150000.5")
                .with(ImportColumn.EXPECTED_ANNUAL_OUTPUT, "300000")
                .with(ImportColumn.STAGE, "开工")
                .with(ImportColumn.SIGNED_ON, "2024-03-08")
                .with(ImportColumn.STARTED_ON, "2024-06-01")
                .with(ImportColumn.COMPLETED_INVESTMENT, "5000")
                .with(ImportColumn.COMMITMENT, "是")
                .with(ImportColumn.FULL_AGENCY, "是")
                .with(ImportColumn.LAND_PARCEL, STANDARD_PARCEL)
                .with(ImportColumn.ACTIVITY, "2024年第二次")
                .with(ImportColumn.BATCH, "开工一批")
                .with(ImportColumn.ACTIVITY_DATE, "2024-07-15");
    }

    /** A 签约 project of 朔州, its zone written as the bulletins shorten it. */
    private static Line signedInShuozhou() {
        return new Line()
                .with(ImportColumn.CODE, SIGNED_CODE)
                .with(ImportColumn.NAME, "朔州测试固废综合利用项目")
                .with(ImportColumn.ENTERPRISE_NAME, "朔州测试环保有限公司")
                .with(ImportColumn.CREDIT_CODE, creditCode(2).value())
                .with(ImportColumn.ZONE, "朔州经开区")
                .with(ImportColumn.INDUSTRY, "节能环保")
                .with(ImportColumn.STRATEGIC_EMERGING, "否")
                .with(ImportColumn.INDUSTRIAL, "是")
                .with(ImportColumn.TOTAL_INVESTMENT, "32000")
                .with(ImportColumn.EXPECTED_ANNUAL_OUTPUT, "45000")
                .with(ImportColumn.STAGE, "签约")
                .with(ImportColumn.SIGNED_ON, "2024-05-01");
    }

    /** One line of an import file, column by column. */
    private static final class Line {
        private final Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);

        Line with(ImportColumn column, String value) {
            cells.put(column, value);
            return this;
        }

        List<String> cells() {
            List<String> ordered = new ArrayList<>();
            for (ImportColumn column : ImportColumn.values()) {
                ordered.add(cells.getOrDefault(column, ""));
            }
            return ordered;
        }
    }
}
