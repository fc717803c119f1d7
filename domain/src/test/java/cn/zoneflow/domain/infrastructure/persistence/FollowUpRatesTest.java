package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.application.FollowUpReports;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-up rates from recorded facts, on H2 and MariaDB, checked against the figures 大同 printed in its
 * bulletin: 115 signed projects worth 223.7亿 of which 102 worth 192.3亿 started (85.96 %); 104 started projects of
 * which the 61 now producing completed 72.36亿 (40.32 %).
 */
class FollowUpRatesTest {

    private static final String DATONG_ZONE = "大同经济技术开发区";
    private static final String YUNGANG_ZONE = "云冈经济技术开发区";
    private static final LocalDate HELD = LocalDate.of(2024, 2, 23);
    private static final RatePeriod YEAR_2024 = new RatePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
            LocalDate.of(2024, 12, 31));

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_rates_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void datongsBulletinFiguresComeOutOfTheRecordedStages(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, FollowUpRatesTest::datongBulletin);

            FollowUpReport report = report(factory, Scope.PROVINCE, YEAR_2024);

            PlaceRates datong = report.places().stream().filter(place -> place.name().equals("大同市")).findFirst()
                    .orElseThrow();
            FollowUpRate started = datong.rate(FollowUpRateKind.SIGNED_TO_STARTED);
            assertThat(started.byInvestment().numerator()).isEqualByComparingTo("1923000");
            assertThat(started.byInvestment().denominator()).isEqualByComparingTo("2237000");
            assertThat(started.byInvestment().percent()).isEqualByComparingTo("85.96");
            assertThat(started.byCount().numerator()).isEqualByComparingTo("102");
            assertThat(started.byCount().denominator()).isEqualByComparingTo("115");
            assertThat(started.byCount().percent()).isEqualByComparingTo("88.70");
            FollowUpRate producing = datong.rate(FollowUpRateKind.STARTED_TO_PRODUCING);
            assertThat(producing.byInvestment().numerator()).as("completed investment of the producing projects")
                    .isEqualByComparingTo("723600");
            assertThat(producing.byInvestment().percent()).isEqualByComparingTo("40.32");
            assertThat(producing.byCount().percent()).as("61 of 104").isEqualByComparingTo("58.65");
            assertThat(report.total().rate(FollowUpRateKind.SIGNED_TO_STARTED)).as("only 大同 presented projects")
                    .isEqualTo(started);
            assertThat(report.places()).as("every city of the province, in division-code order").hasSize(11);
            assertThat(report.places().get(0).rate(FollowUpRateKind.SIGNED_TO_STARTED).byCount().percent())
                    .as("太原 presented nothing: no rate, not zero").isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCitysRateAddsUpItsZonesNumeratorsAndDenominators(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, FollowUpRatesTest::datongBulletin);
            String datongCity = TestDatabases.read(factory, em -> TestProjects.zone(em, DATONG_ZONE).city()
                    .divisionCode());

            FollowUpReport report = report(factory, Scope.ofCity(datongCity), YEAR_2024);

            assertThat(report.total().name()).isEqualTo("大同市");
            assertThat(report.places()).extracting(PlaceRates::name).startsWith(DATONG_ZONE, YUNGANG_ZONE);
            FollowUpRate inDatongZone = report.places().get(0).rate(FollowUpRateKind.SIGNED_TO_STARTED);
            FollowUpRate inYungang = report.places().get(1).rate(FollowUpRateKind.SIGNED_TO_STARTED);
            assertThat(inDatongZone.byCount().denominator()).isEqualByComparingTo("60");
            assertThat(inYungang.byCount().denominator()).isEqualByComparingTo("55");
            assertThat(inDatongZone.plus(inYungang)).isEqualTo(report.total().rate(FollowUpRateKind.SIGNED_TO_STARTED));
            assertThat(report.places().get(0).scope()).isInstanceOf(Scope.OfZone.class);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theEffectiveRateCountsOnlyIndustrialProjectsWithAnOutput(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                Zone zone = TestProjects.zone(em, DATONG_ZONE);
                Activity activity = TestProjects.activity(em, "2024年第一次", HELD);
                LocalDate produced = LocalDate.of(2024, 4, 1);
                activity.enrol(producing(1, zone, produced).reached(Stage.EFFECTIVE, LocalDate.of(2024, 10, 8))
                        .persist(em), Batch.PRODUCING);
                activity.enrol(producing(2, zone, produced).persist(em), Batch.PRODUCING);
                activity.enrol(producing(3, zone, produced).infrastructure().persist(em), Batch.PRODUCING);
                activity.enrol(producing(4, zone, produced).expectedOutput(Amount.ZERO).persist(em), Batch.PRODUCING);
            });

            FollowUpRate effective = report(factory, Scope.PROVINCE, YEAR_2024).total()
                    .rate(FollowUpRateKind.PRODUCING_TO_EFFECTIVE);

            assertThat(effective.byCount().numerator()).isEqualByComparingTo("1");
            assertThat(effective.byCount().denominator()).as("infrastructure and no-output projects left out")
                    .isEqualByComparingTo("2");
            assertThat(effective.byInvestment().percent()).isEqualByComparingTo("50.00");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void periodBoundsAndTheJudgingDayAreIncludedAndNothingBeyond(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            LocalDate periodEnd = LocalDate.of(2024, 6, 30);
            TestDatabases.write(factory, em -> {
                Zone zone = TestProjects.zone(em, DATONG_ZONE);
                Activity lastDay = TestProjects.activity(em, "2024年第二次", periodEnd);
                Activity dayAfter = TestProjects.activity(em, "2024年第三次", periodEnd.plusDays(1));
                lastDay.enrol(TestProjects.project(1, zone).reached(Stage.STARTED, periodEnd).persist(em),
                        Batch.SIGNING);
                lastDay.enrol(TestProjects.project(2, zone).reached(Stage.STARTED, periodEnd.plusDays(1)).persist(em),
                        Batch.SIGNING);
                dayAfter.enrol(TestProjects.project(3, zone).persist(em), Batch.SIGNING);
            });
            RatePeriod firstHalf = new RatePeriod(LocalDate.of(2024, 1, 1), periodEnd, periodEnd);

            FollowUpRate asOfPeriodEnd = report(factory, Scope.PROVINCE, firstHalf).total()
                    .rate(FollowUpRateKind.SIGNED_TO_STARTED);
            FollowUpRate dayLater = report(factory, Scope.PROVINCE,
                    new RatePeriod(firstHalf.from(), periodEnd, periodEnd.plusDays(1))).total()
                    .rate(FollowUpRateKind.SIGNED_TO_STARTED);

            assertThat(asOfPeriodEnd.byCount().denominator()).as("the activity a day after the period is left out")
                    .isEqualByComparingTo("2");
            assertThat(asOfPeriodEnd.byCount().numerator()).as("started a day after the judging day: not counted")
                    .isEqualByComparingTo("1");
            assertThat(dayLater.byCount().numerator()).isEqualByComparingTo("2");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aZoneWithoutPresentedProjectsHasNoRatesRatherThanZeroOrAnError(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long zone = TestDatabases.read(factory, em -> TestProjects.zone(em, YUNGANG_ZONE).id());

            FollowUpReport report = report(factory, Scope.ofZone(zone), YEAR_2024);

            assertThat(report.total().name()).isEqualTo(YUNGANG_ZONE);
            assertThat(report.places()).isEmpty();
            for (FollowUpRateKind kind : FollowUpRateKind.values()) {
                assertThat(report.total().rate(kind).byCount().percent()).isNull();
                assertThat(report.total().rate(kind).byInvestment().percent()).isNull();
            }
        }
    }

    private static FollowUpReport report(EntityManagerFactory factory, Scope scope, RatePeriod period) {
        return TestDatabases.read(factory, em -> followUpReports(em).report(scope, period));
    }

    static FollowUpReports followUpReports(EntityManager em) {
        return new FollowUpReports(new JpaCohortRepository(em), new JpaZoneRepository(em),
                new JpaActivityRepository(em));
    }

    /**
     * 签约一批: 115 projects worth 223.7亿 (60 in the 经开区, 55 in 云冈), 102 of them worth 192.3亿 started since.
     * 开工一批: 104 projects worth 179.46亿 (the bulletin rounds it to 179.4亿), 61 of them now producing, having
     * completed 72.36亿 between them.
     */
    private static void datongBulletin(EntityManager em) {
        Zone datong = TestProjects.zone(em, DATONG_ZONE);
        Zone yungang = TestProjects.zone(em, YUNGANG_ZONE);
        Activity activity = TestProjects.activity(em, "2024年第一次", HELD);
        List<Amount> startedShares = split("192.3", 102);
        List<Amount> waitingShares = split("31.4", 13);
        for (int i = 0; i < 115; i++) {
            Zone zone = i < 60 ? datong : yungang;
            TestProjects project = TestProjects.project(i + 1, zone);
            if (i < 102) {
                project.investment(startedShares.get(i)).reached(Stage.STARTED, LocalDate.of(2024, 5, 10));
            } else {
                project.investment(waitingShares.get(i - 102));
            }
            activity.enrol(project.persist(em), Batch.SIGNING);
        }
        List<Amount> producingShares = split("120", 61);
        List<Amount> buildingShares = split("59.46", 43);
        List<Amount> completedShares = split("72.36", 61);
        for (int i = 0; i < 104; i++) {
            TestProjects project = TestProjects.project(1000 + i, datong).reached(Stage.STARTED, HELD.minusDays(30));
            if (i < 61) {
                project.investment(producingShares.get(i)).reached(Stage.PRODUCING, LocalDate.of(2024, 9, 1));
            } else {
                project.investment(buildingShares.get(i - 61));
            }
            Project started = project.persist(em);
            if (i < 61) {
                started.recordProgress(YearMonth.of(2024, 8), completedShares.get(i), "test", YearMonth.of(2024, 12));
            }
            activity.enrol(started, Batch.STARTING);
        }
    }

    private static TestProjects producing(int serial, Zone zone, LocalDate on) {
        return TestProjects.project(serial, zone).reached(Stage.STARTED, on.minusDays(60)).reached(Stage.PRODUCING, on);
    }

    /** The amount in 亿 shared out over the projects in whole 万元, the last taking what is left, adding up exactly. */
    private static List<Amount> split(String totalYi, int projects) {
        BigDecimal total = Amount.ofYi(totalYi).wan();
        BigDecimal share = total.divide(BigDecimal.valueOf(projects), 0, RoundingMode.DOWN);
        List<Amount> shares = new ArrayList<>();
        for (int i = 0; i < projects - 1; i++) {
            shares.add(Amount.ofWan(share));
        }
        shares.add(Amount.ofWan(total.subtract(share.multiply(BigDecimal.valueOf(projects - 1)))));
        return shares;
    }
}
