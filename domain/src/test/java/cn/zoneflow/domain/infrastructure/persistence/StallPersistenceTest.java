package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallReport.ZoneCount;
import cn.zoneflow.domain.model.supervision.StalledProject;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The "三未" lists on H2 and MariaDB, with their boundaries: a day more than the rule, and not a day less. */
class StallPersistenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_stall_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsWhatStalledLongerThanTheRulesAndCountsItPerZone(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Zone shuozhou = TestProjects.zone(em, "朔州经济开发区");
                TestProjects.project(1, jinzhong).signedOn(TODAY.minusMonths(6).minusDays(1)).persist(em);
                TestProjects.project(2, jinzhong).signedOn(TODAY.minusMonths(6)).persist(em);
                TestProjects.project(3, shuozhou).signedOn(TODAY.minusMonths(9)).persist(em);
                TestProjects.project(4, jinzhong).signedOn(TODAY.minusMonths(10))
                        .reached(Stage.STARTED, TODAY.minusMonths(9)).persist(em);
                TestProjects.project(5, jinzhong).signedOn(TODAY.minusMonths(30))
                        .reached(Stage.STARTED, TODAY.minusMonths(19)).persist(em);
                TestProjects.project(6, jinzhong).signedOn(TODAY.minusMonths(30))
                        .reached(Stage.STARTED, TODAY.minusMonths(20))
                        .reached(Stage.PRODUCING, TODAY.minusMonths(13)).persist(em);
            });

            List<StalledProject> signed = TestDatabases.read(factory,
                    em -> new JpaStallRepository(em).stalled(StallKind.SIGNED_NOT_STARTED, 6, Scope.PROVINCE, TODAY,
                            10));
            List<ZoneCount> signedByZone = TestDatabases.read(factory,
                    em -> new JpaStallRepository(em).countsByZone(StallKind.SIGNED_NOT_STARTED, 6, Scope.PROVINCE,
                            TODAY));
            List<StalledProject> started = TestDatabases.read(factory, em -> new JpaStallRepository(em)
                    .stalled(StallKind.STARTED_NOT_PRODUCING, 18, Scope.ofCity("140700"), TODAY, 10));
            List<StalledProject> producing = TestDatabases.read(factory, em -> new JpaStallRepository(em)
                    .stalled(StallKind.PRODUCING_NOT_EFFECTIVE, 12, Scope.PROVINCE, TODAY, 10));

            assertThat(signed).extracting(StalledProject::name).containsExactly("测试项目3", "测试项目1");
            assertThat(signed.get(1).expectedBy()).isEqualTo(TODAY.minusDays(1));
            assertThat(signed.get(1).daysOver()).isEqualTo(1);
            assertThat(signedByZone).extracting(ZoneCount::zone, ZoneCount::count)
                    .containsExactly(tuple("朔州经济开发区", 1L), tuple("晋中开发区", 1L));
            assertThat(started).extracting(StalledProject::name).containsExactly("测试项目5");
            assertThat(producing).extracting(StalledProject::name).containsExactly("测试项目6");
        }
    }
}
