package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.plan.PlanProposal;
import cn.zoneflow.domain.model.plan.PlanState;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.warning.InvestmentRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plan versions with their months, the year's current plans and completed investment the sweep reads, the rule. */
class PlanPersistenceTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 2, 1);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 1, 9, 0);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_plan_test"));
    }

    private static void enter(EntityManager em, Project project, PlanProposal proposal) {
        JpaPlanVersionRepository versions = new JpaPlanVersionRepository(em);
        ProjectPlan plan = new ProjectPlan(project.id(), SIGNED, project.plannedDates(), versions.of(project.id()));
        ProjectPlan.Entered entered = plan.enter(proposal, new Refusals(), "officer", NOW);
        entered.added().forEach(versions::add);
        if (entered.takesEffect()) {
            project.replan(entered.proposal().dates());
        }
        versions.flush();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsEveryVersionWithItsMonthsAndReadsTheCurrentYearPlansAndCompletedInvestment(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            List<Amount> months = new ArrayList<>(Collections.nCopies(12, Amount.ofWan("100")));
            months.set(0, Amount.ofWan("0.5"));
            YearPlan year = new YearPlan(Year.of(2026), months);
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).signedOn(SIGNED)
                        .planned(LocalDate.of(2026, 5, 1), null).reached(Stage.STARTED, LocalDate.of(2026, 5, 2))
                        .persist(em);
                enter(em, project, new PlanProposal(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 6, 30),
                        LocalDate.of(2028, 6, 30), List.of(year), null));
                enter(em, project, new PlanProposal(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 9, 30),
                        LocalDate.of(2028, 6, 30), List.of(), "设备到货推迟"));
                project.recordProgress(YearMonth.of(2026, 3), Amount.ofWan("80"), "officer", YearMonth.of(2026, 7));
                project.recordProgress(YearMonth.of(2026, 6), Amount.ofWan("20.25"), "officer",
                        YearMonth.of(2026, 7));
                project.recordProgress(YearMonth.of(2026, 7), Amount.ofWan("999"), "officer", YearMonth.of(2026, 7));
                em.getTransaction().commit();
                return new long[] {project.id()};
            });

            List<PlanVersion> versions = TestDatabases.read(factory, em -> new JpaPlanVersionRepository(em)
                    .of(ids[0]));
            assertThat(versions).extracting(PlanVersion::number, PlanVersion::state, PlanVersion::isCurrent)
                    .containsExactly(
                            tuple(1, PlanState.APPROVED, false),
                            tuple(2, PlanState.APPROVED, true),
                            tuple(3, PlanState.PROPOSED, false));
            assertThat(versions.get(1).years()).containsExactly(year);
            assertThat(versions.get(2).reason()).isEqualTo("设备到货推迟");
            assertThat(versions.get(2).dates().production()).isEqualTo(LocalDate.of(2027, 9, 30));
            assertThat(versions.get(0).proposedBy()).as("the registered dates").isEmpty();

            Map<Long, YearPlan> current = TestDatabases.read(factory,
                    em -> new JpaPlanVersionRepository(em).currentYearPlans(Year.of(2026)));
            assertThat(current).containsOnly(Map.entry(ids[0], year));
            Map<Long, YearPlan> nextYear = TestDatabases.read(factory,
                    em -> new JpaPlanVersionRepository(em).currentYearPlans(Year.of(2027)));
            assertThat(nextYear).isEmpty();
            Map<Long, Amount> completed = TestDatabases.read(factory,
                    em -> new JpaWarningRepository(em).completedBefore(YearMonth.of(2026, 7)));
            assertThat(completed).as("March and June, not July").containsOnly(
                    Map.entry(ids[0], Amount.ofWan("100.25")));
            InvestmentRule rule = TestDatabases.read(factory, em -> new JpaWarningRepository(em).investmentRule());
            assertThat(rule.yellowPoints()).isEqualTo(10);
            assertThat(rule.redPoints()).isEqualTo(30);
            assertThat(rule.noticeOnRed()).isFalse();
        }
    }
}
