package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.application.Overviews;
import cn.zoneflow.domain.application.ZoneSupervisions;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.procedure.AgencyAgreement;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.report.ActivityRates;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.Overview;
import cn.zoneflow.domain.model.report.PlaceOverview;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.report.ReformFigures;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The overview from recorded facts, on H2 and MariaDB: each zone's stages and reforms added up to its city and the
 * province, a project that moved zones counted where it is now, and the rates of successive activities apart.
 */
class OverviewTest {

    private static final String JINZHONG = "晋中开发区";
    private static final String JIEXIU = "介休经济开发区";
    private static final String SHUOZHOU = "朔州经济开发区";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final RatePeriod YEAR_2026 = new RatePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            TODAY);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_overview_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void addsUpEachZonesStagesAndReformsToItsCityAndTheProvince(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, OverviewTest::reformsInJinzhong);

            Overview province = overview(factory, Scope.PROVINCE, YEAR_2026);

            PlaceOverview jinzhong = place(province, "晋中市");
            assertThat(jinzhong.stages().at(Stage.SIGNED).projects()).isEqualTo(1);
            assertThat(jinzhong.stages().at(Stage.STARTED).projects()).isEqualTo(1);
            assertThat(jinzhong.stages().at(Stage.PRODUCING).projects()).isEqualTo(1);
            assertThat(jinzhong.stages().at(Stage.PRODUCING).investment()).isEqualTo(Amount.ofYi("3"));
            ReformFigures reforms = jinzhong.reforms();
            assertThat(reforms.projectCoverage().numerator()).as("one of three filed under 承诺制")
                    .isEqualByComparingTo("1");
            assertThat(reforms.projectCoverage().denominator()).isEqualByComparingTo("3");
            assertThat(reforms.projectCoverage().percent()).isEqualByComparingTo("33.33");
            assertThat(reforms.itemCoverage().percent())
                    .as("规划许可 under commitment, 节能审查 not; 建设用地 not eligible, 水土保持 waived")
                    .isEqualByComparingTo("50.00");
            assertThat(reforms.agreementsSigned()).as("the 2025 agreement is outside the period").isEqualTo(1);
            assertThat(reforms.itemsClosed()).isEqualTo(1);
            assertThat(reforms.parcelsSold()).as("the parcel sold on 31 December 2025 is outside the period")
                    .isEqualTo(1);
            assertThat(reforms.areaSoldMu()).isEqualByComparingTo("100.50");
            assertThat(province.total().stages().at(Stage.SIGNED).projects()).as("朔州 adds its signed project")
                    .isEqualTo(2);
            assertThat(province.total().reforms().projectsInPipeline()).isEqualTo(4);
            assertThat(place(province, "太原市").reforms().projectCoverage().percent())
                    .as("a city without projects has no coverage, not zero").isNull();
            assertThat(province.places()).hasSize(11);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCitysOverviewBreaksDownToItsZonesAndCountsTheirSupervision(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, OverviewTest::reformsInJinzhong);
            String city = TestDatabases.read(factory, em -> TestProjects.zone(em, JINZHONG).city().divisionCode());

            Overview jinzhongCity = overview(factory, Scope.ofCity(city), YEAR_2026);

            assertThat(jinzhongCity.total().name()).isEqualTo("晋中市");
            assertThat(jinzhongCity.places()).extracting(PlaceOverview::name).contains(JINZHONG, JIEXIU)
                    .doesNotContain(SHUOZHOU);
            assertThat(place(jinzhongCity, JINZHONG).supervision().proceduresRequired())
                    .as("建设用地, 规划许可, 节能审查; the waived one not counted").isEqualTo(3);
            assertThat(place(jinzhongCity, JINZHONG).supervision().proceduresClosed()).isEqualTo(1);
            assertThat(place(jinzhongCity, JIEXIU).reforms().parcelsSold()).isEqualTo(1);
            assertThat(jinzhongCity.total().supervision().closureRate().percent()).isEqualByComparingTo("33.33");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProjectThatMovedZonesCountsOnceWhereItIsNow(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                Project moved = TestProjects.project(1, TestProjects.zone(em, JINZHONG))
                        .reached(Stage.STARTED, LocalDate.of(2026, 5, 1)).persist(em);
                TestProjects.activity(em, "2026年第一次", LocalDate.of(2026, 3, 1)).enrol(moved, Batch.SIGNING);
                ProjectFacts facts = moved.facts();
                moved.revise(new ProjectFacts(facts.code(), facts.name(), facts.enterprise(),
                        TestProjects.zone(em, SHUOZHOU), facts.industry(), facts.strategicEmerging(),
                        facts.industrial(), facts.totalInvestment(), facts.expectedAnnualOutput(),
                        facts.plannedStartDate(), facts.plannedProductionDate()), moved.reforms());
            });

            Overview province = overview(factory, Scope.PROVINCE, YEAR_2026);

            assertThat(place(province, "晋中市").stages().at(Stage.STARTED).projects()).isZero();
            assertThat(place(province, "朔州市").stages().at(Stage.STARTED).projects()).isEqualTo(1);
            assertThat(rates(province, "晋中市").rate(FollowUpRateKind.SIGNED_TO_STARTED).byCount().percent())
                    .as("the zone it left no longer shows it").isNull();
            assertThat(rates(province, "朔州市").rate(FollowUpRateKind.SIGNED_TO_STARTED).byCount().percent())
                    .isEqualByComparingTo("100.00");
            assertThat(province.rates().total().rate(FollowUpRateKind.SIGNED_TO_STARTED).byCount().denominator())
                    .as("counted once in the province").isEqualByComparingTo("1");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theTrendFollowsEachActivitysProjectsOnTheirOwnOldestFirst(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                Zone zone = TestProjects.zone(em, JINZHONG);
                Activity autumn = TestProjects.activity(em, "2026年第二次", LocalDate.of(2026, 9, 10));
                Activity spring = TestProjects.activity(em, "2026年第一次", LocalDate.of(2026, 2, 23));
                TestProjects.activity(em, "2026年第三次", LocalDate.of(2026, 11, 20));
                Project startedEarly = TestProjects.project(1, zone).reached(Stage.STARTED, LocalDate.of(2026, 6, 1))
                        .persist(em);
                spring.enrol(startedEarly, Batch.SIGNING);
                spring.enrol(TestProjects.project(2, zone).persist(em), Batch.SIGNING);
                autumn.enrol(TestProjects.project(3, zone).persist(em), Batch.SIGNING);
            });

            List<ActivityRates> trend = overview(factory, Scope.PROVINCE, YEAR_2026).trend();

            assertThat(trend).extracting(ActivityRates::activity).as("the third presented nothing")
                    .containsExactly("2026年第一次", "2026年第二次");
            assertThat(trend.get(0).rate(FollowUpRateKind.SIGNED_TO_STARTED).byCount().percent())
                    .isEqualByComparingTo("50.00");
            assertThat(trend.get(1).rate(FollowUpRateKind.SIGNED_TO_STARTED).byCount().percent())
                    .isEqualByComparingTo("0.00");
            assertThat(trend.get(1).rate(FollowUpRateKind.STARTED_TO_PRODUCING).byCount().percent())
                    .as("nothing presented for 开工一批").isNull();
        }
    }

    private static Overview overview(EntityManagerFactory factory, Scope scope, RatePeriod period) {
        return TestDatabases.read(factory, em -> new Overviews(FollowUpRatesTest.followUpReports(em),
                new ZoneSupervisions(new JpaSupervisionFigureRepository(em), new JpaStallRepository(em),
                        new JpaZoneRepository(em)), new JpaPipelineFigureRepository(em), new JpaZoneRepository(em))
                .overview(scope, period));
    }

    private static PlaceOverview place(Overview overview, String name) {
        return overview.places().stream().filter(place -> place.name().equals(name)).findFirst().orElseThrow();
    }

    private static PlaceRates rates(Overview overview, String name) {
        return overview.rates().places().stream().filter(place -> place.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /**
     * 晋中开发区: a signed project under 承诺制 on assessed land with its agency agreement of this year, 建设用地
     * closed, 规划许可 under commitment and 水土保持 waived; a started one with 节能审查 planned and an agreement of
     * 2025. 介休: a producing project of 3亿 and two parcels, one sold this year. 朔州: one signed project.
     */
    private static void reformsInJinzhong(EntityManager em) {
        Zone jinzhong = TestProjects.zone(em, JINZHONG);
        Zone jiexiu = TestProjects.zone(em, JIEXIU);
        Project committed = TestProjects.project(1, jinzhong).signedOn(LocalDate.of(2025, 11, 1)).persist(em);
        committed.runUnder(new ProjectReforms(true, true, "JZ-2026-01"));
        Project started = TestProjects.project(2, jinzhong).signedOn(LocalDate.of(2025, 6, 1))
                .reached(Stage.STARTED, LocalDate.of(2026, 4, 1)).persist(em);
        TestProjects.project(3, jiexiu).investment(Amount.ofYi("3")).reached(Stage.STARTED, LocalDate.of(2025, 3, 1))
                .reached(Stage.PRODUCING, LocalDate.of(2026, 8, 1)).persist(em);
        TestProjects.project(4, TestProjects.zone(em, SHUOZHOU)).persist(em);

        JpaProcedureRepository procedures = new JpaProcedureRepository(em);
        List<ProjectProcedure> planned = procedures.catalogueEntries(List.of("LAND_USE", "PLANNING_PERMIT",
                "SOIL_WATER")).stream().map(procedure -> ProjectProcedure.planned(committed, procedure, true, true))
                .toList();
        planned.forEach(procedures::add);
        ProjectProcedure landUse = planned.stream().filter(p -> p.procedure().code().equals("LAND_USE")).findFirst()
                .orElseThrow();
        landUse.submit("officer.jinzhong", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
        landUse.close("晋中土〔2026〕7号", LocalDate.of(2026, 3, 20));
        procedures.catalogueEntries(List.of("ENERGY_REVIEW"))
                .forEach(procedure -> procedures.add(ProjectProcedure.planned(started, procedure, false, false)));
        em.persist(new AgencyAgreement(committed, "JZ-DB-2026-001", LocalDate.of(2026, 1, 5), "王专员", "test",
                TODAY));
        em.persist(new AgencyAgreement(started, "JZ-DB-2025-031", LocalDate.of(2025, 7, 1), "王专员", "test", TODAY));
        em.persist(new LandParcel("JX-2026-03", jiexiu, new BigDecimal("100.50"), LocalDate.of(2026, 5, 1),
                new BigDecimal("300"), new BigDecimal("400"), new BigDecimal("20"), null, Set.of()));
        em.persist(new LandParcel("JX-2025-11", jiexiu, new BigDecimal("80"), LocalDate.of(2025, 12, 31),
                new BigDecimal("300"), new BigDecimal("400"), new BigDecimal("20"), null, Set.of()));
    }
}
