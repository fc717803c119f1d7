package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.reserve.ReserveFigures;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The reserve library kept with its criteria and tier moves, counted per tier and converted over a period. */
class ReservePersistenceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_reserve_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsEachTierAndTheConversionOfThoseInReserveDuringThePeriod(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Zone shuozhou = TestProjects.zone(em, "朔州经济开发区");
                Project mature = TestProjects.project(1, jinzhong).reservedOn(LocalDate.of(2026, 1, 10))
                        .investment(Amount.ofWan("5000")).persist(em);
                mature.confirmCriteria(EnumSet.allOf(ReserveCriterion.class), LocalDate.of(2026, 2, 1), "officer");
                mature.grade(ReserveTier.KEY, LocalDate.of(2026, 2, 2), "manager");
                mature.grade(ReserveTier.MATURE, LocalDate.of(2026, 4, 2), "manager");
                TestProjects.project(2, jinzhong).reservedOn(LocalDate.of(2026, 5, 1))
                        .investment(Amount.ofWan("1000")).persist(em);
                TestProjects.project(3, jinzhong).reservedOn(LocalDate.of(2025, 11, 1))
                        .reached(Stage.SIGNED, LocalDate.of(2026, 3, 2)).persist(em);
                TestProjects.project(4, jinzhong).reservedOn(LocalDate.of(2025, 10, 1))
                        .reached(Stage.SIGNED, LocalDate.of(2025, 12, 1)).persist(em);
                TestProjects.project(5, jinzhong).reservedOn(LocalDate.of(2026, 7, 15))
                        .investment(Amount.ofWan("800")).persist(em);
                TestProjects.project(6, jinzhong).signedOn(LocalDate.of(2026, 2, 1)).persist(em);
                Project basic = TestProjects.project(7, shuozhou).reservedOn(LocalDate.of(2026, 3, 1)).persist(em);
                basic.confirmCriteria(Set.of(ReserveCriterion.INVESTOR_IDENTIFIED), LocalDate.of(2026, 3, 1), "o");
                basic.grade(ReserveTier.BASIC, LocalDate.of(2026, 3, 1), "manager");
                em.getTransaction().commit();
                return new long[] {jinzhong.id(), shuozhou.id(), mature.id()};
            });

            Map<Long, ReserveFigures> figures = TestDatabases.read(factory,
                    em -> new JpaReserveRepository(em).figures(Scope.PROVINCE, FROM, TO));
            ReserveFigures jinzhong = figures.get(ids[0]);
            assertThat(jinzhong.tier(ReserveTier.MATURE).projects()).isEqualTo(1);
            assertThat(jinzhong.tier(ReserveTier.MATURE).investment()).isEqualTo(Amount.ofWan("5000"));
            assertThat(jinzhong.ungraded().projects()).as("entered in May and in July, not yet graded").isEqualTo(2);
            assertThat(jinzhong.inReserve().investment()).isEqualTo(Amount.ofWan("6800"));
            assertThat(jinzhong.heldDuring()).as("in reserve during the half year: January's, May's, and the one"
                    + " signed in March; not the one signed in 2025, nor July's").isEqualTo(3);
            assertThat(jinzhong.converted()).isEqualTo(1);
            assertThat(jinzhong.conversion().percent()).isEqualByComparingTo("33.33");
            assertThat(figures.get(ids[1]).tier(ReserveTier.BASIC).projects()).isEqualTo(1);
            Map<Long, ReserveFigures> inShuozhou = TestDatabases.read(factory, em -> new JpaReserveRepository(em)
                    .figures(Scope.ofCity("140600"), FROM, TO));
            assertThat(inShuozhou).containsOnlyKeys(ids[1]);

            List<Project> inJinzhong = TestDatabases.read(factory,
                    em -> new JpaReserveRepository(em).inReserve(Scope.ofZone(ids[0])));
            assertThat(inJinzhong).extracting(project -> project.name())
                    .as("the most mature first, then by code").containsExactly("测试项目1", "测试项目2", "测试项目5");
            Project kept = inJinzhong.get(0);
            assertThat(kept.criteriaMet()).containsExactlyElementsOf(EnumSet.allOf(ReserveCriterion.class));
            assertThat(kept.tierMoves()).extracting(move -> move.toTier().orElseThrow())
                    .containsExactly(ReserveTier.KEY, ReserveTier.MATURE);
            assertThat(kept.reserveEnteredOn()).contains(LocalDate.of(2026, 1, 10));
        }
    }
}
