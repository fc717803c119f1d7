package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.annualtarget.AnnualTarget;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetRule;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Targets kept per year, place and indicator; what each zone reached in a period, counted where it happened. */
class TargetPersistenceTest {

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_target_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsWhatEachZoneReachedInThePeriodAndKeepsTheTargets(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Zone shuozhou = TestProjects.zone(em, "朔州经济开发区");
                Project thisYear = TestProjects.project(1, jinzhong).signedOn(LocalDate.of(2026, 3, 2))
                        .investment(Amount.ofWan("5000")).reached(Stage.STARTED, LocalDate.of(2026, 5, 10))
                        .persist(em);
                TestProjects.project(2, jinzhong).signedOn(LocalDate.of(2025, 3, 2)).persist(em);
                TestProjects.project(3, jinzhong).signedOn(LocalDate.of(2026, 8, 1)).persist(em);
                TestProjects.project(4, shuozhou).signedOn(LocalDate.of(2026, 1, 1)).infrastructure().persist(em)
                        .recordProgress(YearMonth.of(2026, 2), Amount.ofWan("300"), "test", YearMonth.of(2026, 7));
                thisYear.recordProgress(YearMonth.of(2026, 6), Amount.ofWan("120.5"), "test", YearMonth.of(2026, 7));
                thisYear.recordProgress(YearMonth.of(2026, 7), Amount.ofWan("80"), "test", YearMonth.of(2026, 7));
                JpaTargetRepository targets = new JpaTargetRepository(em);
                targets.add(new AnnualTarget(2026, Scope.ofZone(jinzhong.id()), TargetIndicator.SIGNED_PROJECTS,
                        new BigDecimal("12"), "supervisor.jinzhong", LocalDateTime.of(2026, 1, 5, 9, 0)));
                em.getTransaction().commit();
                return new long[] {jinzhong.id(), shuozhou.id()};
            });

            Map<Long, Map<TargetIndicator, BigDecimal>> reached = TestDatabases.read(factory,
                    em -> new JpaTargetRepository(em).reached(Scope.PROVINCE, LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 7, 1)));
            assertThat(reached.get(ids[0])).as("晋中: one signed in March (not 2025's, not August's), started in May")
                    .containsEntry(TargetIndicator.STARTED_PROJECTS, BigDecimal.ONE)
                    .containsEntry(TargetIndicator.COMPLETED_INVESTMENT, new BigDecimal("200.5000"))
                    .containsEntry(TargetIndicator.INDUSTRIAL_INVESTMENT, new BigDecimal("200.5000"))
                    .doesNotContainKey(TargetIndicator.PRODUCING_PROJECTS);
            assertThat(reached.get(ids[0]).get(TargetIndicator.SIGNED_PROJECTS)).isEqualByComparingTo("1");
            assertThat(reached.get(ids[0]).get(TargetIndicator.SIGNED_INVESTMENT)).isEqualByComparingTo("5000");
            assertThat(reached.get(ids[1]).get(TargetIndicator.COMPLETED_INVESTMENT)).isEqualByComparingTo("300");
            assertThat(reached.get(ids[1]).get(TargetIndicator.INDUSTRIAL_INVESTMENT)).as("infrastructure")
                    .isEqualByComparingTo("0");
            Map<Long, Map<TargetIndicator, BigDecimal>> inShuozhou = TestDatabases.read(factory,
                    em -> new JpaTargetRepository(em).reached(Scope.ofCity("140600"), LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 7, 1)));
            assertThat(inShuozhou).containsOnlyKeys(ids[1]);

            AnnualTarget kept = TestDatabases.read(factory, em -> new JpaTargetRepository(em)
                    .find(2026, Scope.ofZone(ids[0]), TargetIndicator.SIGNED_PROJECTS).orElseThrow());
            assertThat(kept.value()).isEqualByComparingTo("12");
            assertThat(kept.place()).isEqualTo("zone:" + ids[0]);
            TargetRule rule = TestDatabases.read(factory, em -> new JpaTargetRepository(em).rule());
            assertThat(rule.redMarginPoints()).isEqualTo(10);
            assertThat(rule.redBelowLastYear()).isTrue();
        }
    }
}
