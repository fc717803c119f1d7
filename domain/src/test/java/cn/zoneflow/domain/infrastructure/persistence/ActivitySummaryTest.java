package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.activity.BatchFigures;
import cn.zoneflow.domain.model.activity.CityFigures;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The activity summary as the bulletins print it, added up by the database (H2 and MariaDB). */
class ActivitySummaryTest {

    private static final LocalDate SIGNED = LocalDate.of(2024, 1, 10);
    private static final LocalDate HELD = LocalDate.of(2024, 2, 23);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_activity_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void addsUpEachCitysBatchesWithTheBulletinsBucketsAndShares(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long activityId = fixture(factory);

            ActivitySummary summary = TestDatabases.read(factory,
                    em -> new JpaActivityRepository(em).summary(activityId, Scope.PROVINCE));

            assertThat(summary.cities()).extracting(CityFigures::cityName).containsExactly("朔州", "晋中");
            BatchFigures jinzhongSigning = summary.cities().get(1).batches().get(0);
            assertThat(jinzhongSigning.batch()).isEqualTo(Batch.SIGNING);
            assertThat(jinzhongSigning.projects()).isEqualTo(3);
            assertThat(jinzhongSigning.totalInvestment().inYi()).isEqualByComparingTo("17.50");
            assertThat(jinzhongSigning.strategicEmerging()).isEqualTo(1);
            assertThat(jinzhongSigning.strategicEmergingSharePercent()).isEqualByComparingTo("28.57");
            assertThat(jinzhongSigning.from1To5Yi()).isZero();
            assertThat(jinzhongSigning.from5To10Yi()).as("5亿 belongs to 5–10亿").isEqualTo(1);
            assertThat(jinzhongSigning.from10Yi()).isEqualTo(1);
            assertThat(jinzhongSigning.industries()).containsExactly("新材料", "新能源");
            assertThat(summary.cities().get(1).batches().get(2).projects()).as("no 投产一批 in 晋中").isZero();
            assertThat(summary.total(Batch.STARTING).projects()).isEqualTo(1);
            assertThat(summary.grandTotal().projects()).isEqualTo(4);
            assertThat(summary.grandTotal().totalInvestment().inYi()).isEqualByComparingTo("19.50");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aZoneSeesOnlyItsOwnProjectsInTheSummary(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long activityId = fixture(factory);
            long jinzhong = TestDatabases.read(factory, em -> TestProjects.zone(em, "晋中开发区").id());

            ActivitySummary summary = TestDatabases.read(factory,
                    em -> new JpaActivityRepository(em).summary(activityId, Scope.ofZone(jinzhong)));

            assertThat(summary.cities()).extracting(CityFigures::cityName).containsExactly("晋中");
            assertThat(summary.grandTotal().projects()).isEqualTo(3);
        }
    }

    /** 晋中 presents three signing projects (0.5亿, 5亿 战新, 12亿); 朔州 one starting project of 2亿. */
    private static long fixture(EntityManagerFactory factory) {
        Activity activity = new Activity("2024年第一次", HELD, "晋中开发区主会场");
        TestDatabases.write(factory, em -> {
            Zone jinzhong = TestProjects.zone(em, "晋中开发区");
            Zone shuozhou = TestProjects.zone(em, "朔州经济开发区");
            em.persist(activity);
            activity.enrol(TestProjects.project(1, jinzhong).investment(Amount.ofYi("0.5")).signedOn(SIGNED)
                    .persist(em), Batch.SIGNING);
            activity.enrol(TestProjects.project(2, jinzhong).industry("NEW_MATERIALS").investment(Amount.ofYi("5"))
                    .strategicEmerging().signedOn(SIGNED).persist(em), Batch.SIGNING);
            activity.enrol(TestProjects.project(3, jinzhong).investment(Amount.ofYi("12")).signedOn(SIGNED)
                    .reached(Stage.STARTED, SIGNED.plusDays(20)).persist(em), Batch.SIGNING);
            activity.enrol(TestProjects.project(4, shuozhou).investment(Amount.ofYi("2")).strategicEmerging()
                    .signedOn(SIGNED).reached(Stage.STARTED, SIGNED.plusDays(20)).persist(em), Batch.STARTING);
        });
        return activity.id();
    }
}
