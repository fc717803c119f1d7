package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.activity.BatchFigures;
import cn.zoneflow.domain.model.activity.CityFigures;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManager;
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
            long jinzhong = TestDatabases.read(factory, em -> zone(em, "晋中开发区").id());

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
            Zone jinzhong = zone(em, "晋中开发区");
            Zone shuozhou = zone(em, "朔州经济开发区");
            em.persist(activity);
            activity.enrol(project(em, 1, jinzhong, "NEW_ENERGY", "0.5", false, Stage.SIGNED), Batch.SIGNING);
            activity.enrol(project(em, 2, jinzhong, "NEW_MATERIALS", "5", true, Stage.SIGNED), Batch.SIGNING);
            activity.enrol(project(em, 3, jinzhong, "NEW_ENERGY", "12", false, Stage.STARTED), Batch.SIGNING);
            activity.enrol(project(em, 4, shuozhou, "NEW_ENERGY", "2", true, Stage.STARTED), Batch.STARTING);
        });
        return activity.id();
    }

    private static Zone zone(EntityManager em, String name) {
        return em.createQuery("select z from Zone z where z.name = :name", Zone.class).setParameter("name", name)
                .getSingleResult();
    }

    private static Project project(EntityManager em, int serial, Zone zone, String industry, String investmentYi,
            boolean strategicEmerging, Stage stage) {
        Enterprise enterprise = new Enterprise("测试企业" + serial,
                CreditCode.completing("91" + zone.city().divisionCode() + "MA000000" + serial), null, null);
        em.persist(enterprise);
        Project project = Project.signed(new ProjectFacts(
                ProjectCode.of(String.format("2024-%s-44-01-%06d", zone.city().divisionCode(), serial)),
                "测试项目" + serial, enterprise, zone, em.find(Industry.class, industry), strategicEmerging, true,
                Amount.ofYi(investmentYi), Amount.ofYi("1"), null, null), SIGNED, "test");
        if (stage == Stage.STARTED) {
            project.advanceTo(Stage.STARTED, SIGNED.plusDays(20), "test", null, null);
        }
        em.persist(project);
        return project;
    }
}
