package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.problem.ProblemActor;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemCounts;
import cn.zoneflow.domain.model.problem.ProblemEntry;
import cn.zoneflow.domain.model.problem.ProblemEntryKind;
import cn.zoneflow.domain.model.problem.ProblemSelection;
import cn.zoneflow.domain.model.problem.ProblemState;
import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue as migrated, and a project's problems kept with every step and read back open first. */
class ProblemPersistenceTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 30, 9, 0);
    private static final ProblemActor LEADER = new ProblemActor("leader.jinzhong", "王副市长", Role.LEADER);
    private static final ProblemActor OFFICER = new ProblemActor("officer.jinzhong", "代办员", Role.OFFICER);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_problem_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aProjectsProblemsComeBackOpenFirstWithEveryStepInOrder(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            List<ProblemCategory> catalogue = TestDatabases.read(factory,
                    em -> new JpaProblemRepository(em).categories());
            assertThat(catalogue).extracting(ProblemCategory::name)
                    .containsExactly("土地", "资金", "能评环评", "水电气暖", "手续审批", "用工", "其他", "服务整改");

            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Project project = TestProjects.project(1, jinzhong).persist(em);
                JpaProblemRepository problems = new JpaProblemRepository(em);
                Department naturalResources = new Department(jinzhong.city(), "自然资源部门", "晋中市自然资源局");
                new JpaDepartmentRepository(em).add(naturalResources);
                ProjectProblem solved = new ProjectProblem(project, problems.category("LAND").orElseThrow(),
                        "用地指标不足", LEADER, MONDAY.minusDays(20));
                solved.carriedBy("case-of-land");
                solved.acceptFor(naturalResources, null, LocalDate.of(2026, 11, 20), false, OFFICER,
                        MONDAY.minusDays(20));
                solved.answer("已调剂指标", OFFICER, MONDAY.minusDays(15));
                solved.confirmSolved(LEADER, MONDAY.minusDays(14), 4);
                problems.add(solved);
                ProjectProblem open = new ProjectProblem(project, problems.category("UTILITIES").orElseThrow(),
                        "用电增容<未批>", LEADER, MONDAY);
                open.accept("供电公司", LocalDate.of(2026, 12, 10), true, OFFICER, MONDAY);
                open.note("已对接", OFFICER, MONDAY.plusHours(2));
                problems.add(open);
                em.getTransaction().commit();
                return project.id();
            });

            List<ProjectProblem> read = TestDatabases.read(factory, em -> {
                List<ProjectProblem> problems = new JpaProblemRepository(em).ofProject(projectId);
                problems.forEach(problem -> problem.entries().size());
                return problems;
            });
            assertThat(read).extracting(ProjectProblem::status)
                    .containsExactly(ProblemStatus.IN_HAND, ProblemStatus.SOLVED);
            ProjectProblem open = read.get(0);
            assertThat(open.description()).as("kept as typed").isEqualTo("用电增容<未批>");
            assertThat(open.isImmediate()).isTrue();
            assertThat(open.category().workingDays()).isEqualTo(10);
            assertThat(open.entries()).extracting(ProblemEntry::kind)
                    .containsExactly(ProblemEntryKind.RAISED, ProblemEntryKind.ACCEPTED, ProblemEntryKind.NOTE);
            assertThat(read.get(1).solvedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(read.get(1).entries()).extracting(ProblemEntry::writerName).contains("王副市长", "代办员");
            assertThat(read.get(1).department()).map(Department::name).contains("晋中市自然资源局");
            assertThat(read.get(1).responsible()).isEqualTo("晋中市自然资源局");
            assertThat(open.department()).isEmpty();
            Optional<String> carried = TestDatabases.read(factory,
                    em -> new JpaProblemRepository(em).carriedBy("case-of-land").map(ProjectProblem::description));
            Optional<String> notCarried = TestDatabases.read(factory,
                    em -> new JpaProblemRepository(em).carriedBy("another case").map(ProjectProblem::description));
            assertThat(carried).contains("用地指标不足");
            assertThat(notCarried).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theFiguresCountWhatWasRaisedInThePeriodByZoneAndCategory(DatabaseSettings database) {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] zones = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Zone shuozhou = TestProjects.zone(em, "朔州经济开发区");
                Project inJinzhong = TestProjects.project(1, jinzhong).persist(em);
                Project inShuozhou = TestProjects.project(2, shuozhou).persist(em);
                JpaProblemRepository problems = new JpaProblemRepository(em);
                ProblemCategory land = problems.category("LAND").orElseThrow();
                ProblemCategory funds = problems.category("FUNDS").orElseThrow();
                problems.add(solved(inJinzhong, land, LocalDateTime.of(2026, 11, 2, 9, 0), 5));
                problems.add(solved(inJinzhong, land, LocalDateTime.of(2026, 11, 20, 9, 0), 2));
                ProjectProblem overdue = new ProjectProblem(inJinzhong, funds, "贷款未落实", LEADER,
                        LocalDateTime.of(2026, 11, 10, 9, 0));
                overdue.accept("金融办", LocalDate.of(2026, 11, 24), false, OFFICER,
                        LocalDateTime.of(2026, 11, 10, 9, 0));
                problems.add(overdue);
                problems.add(new ProjectProblem(inShuozhou, funds, "上月的问题", LEADER,
                        LocalDateTime.of(2026, 10, 30, 9, 0)));
                problems.add(new ProjectProblem(inShuozhou, land, "刚提出", LEADER, LocalDateTime.of(2026, 11, 30, 9, 0)));
                em.getTransaction().commit();
                return new long[] {jinzhong.id(), shuozhou.id()};
            });

            Map<Long, Map<String, ProblemCounts>> figures = TestDatabases.read(factory,
                    em -> new JpaProblemRepository(em).figures(Scope.PROVINCE, from, to, LocalDate.of(2026, 12, 1)));
            assertThat(figures.get(zones[0]).get("LAND")).isEqualTo(new ProblemCounts(2, 2, 0, 7, 2));
            assertThat(figures.get(zones[0]).get("FUNDS")).as("open after 11-24 on 12-01")
                    .isEqualTo(new ProblemCounts(1, 0, 1, 0, 0));
            assertThat(figures.get(zones[1])).as("October's problem is not November's")
                    .containsOnlyKeys("LAND");
            Map<Long, Map<String, ProblemCounts>> inShuozhou = TestDatabases.read(factory,
                    em -> new JpaProblemRepository(em).figures(Scope.ofCity("140600"), from, to,
                            LocalDate.of(2026, 12, 1)));
            assertThat(inShuozhou).containsOnlyKeys(zones[1]);
            List<ProjectProblem> ledger = TestDatabases.read(factory, em -> new JpaProblemRepository(em)
                    .ledger(Scope.ofZone(zones[0]), from, to));
            assertThat(ledger).extracting(ProjectProblem::description)
                    .containsExactly("用地指标不足", "贷款未落实", "用地指标不足");

            Map<ProblemState, Long> behindProvinceFigures = new EnumMap<>(ProblemState.class);
            for (ProblemState state : ProblemState.values()) {
                behindProvinceFigures.put(state, TestDatabases.read(factory, em -> new JpaProblemRepository(em)
                        .selected(Scope.PROVINCE, new ProblemSelection(null, state, from, to,
                                LocalDate.of(2026, 12, 1)), 0, 10)).total());
            }
            assertThat(behindProvinceFigures).as("each count opens the problems it counts: raised 4, solved 2, open 2,"
                    + " overdue 1").containsExactlyInAnyOrderEntriesOf(Map.of(ProblemState.RAISED, 4L,
                    ProblemState.SOLVED, 2L, ProblemState.OPEN, 2L, ProblemState.OVERDUE, 1L));
            Page<ProjectProblem> overdueFunds = TestDatabases.read(factory, em -> new JpaProblemRepository(em)
                    .selected(Scope.ofZone(zones[0]), new ProblemSelection("FUNDS", ProblemState.OVERDUE, from, to,
                            LocalDate.of(2026, 12, 1)), 0, 10));
            assertThat(overdueFunds.items()).singleElement().satisfies(problem -> {
                assertThat(problem.description()).isEqualTo("贷款未落实");
                assertThat(problem.project().zone().name()).as("read with its project and zone").isEqualTo("晋中开发区");
            });
            Page<ProjectProblem> secondPage = TestDatabases.read(factory, em -> new JpaProblemRepository(em)
                    .selected(Scope.PROVINCE, new ProblemSelection("LAND", ProblemState.RAISED, from, to,
                            LocalDate.of(2026, 12, 1)), 1, 2));
            assertThat(secondPage.total()).isEqualTo(3);
            assertThat(secondPage.items()).as("the latest raised first, one left for the second page")
                    .extracting(ProjectProblem::raisedOn).containsExactly(LocalDate.of(2026, 11, 2));
        }
    }

    private static ProjectProblem solved(Project project, ProblemCategory category, LocalDateTime raised,
            int workingDays) {
        ProjectProblem problem = new ProjectProblem(project, category, "用地指标不足", LEADER, raised);
        problem.accept("自然资源局", raised.toLocalDate().plusDays(10), false, OFFICER, raised);
        problem.answer("已调剂指标", OFFICER, raised.plusDays(1));
        problem.confirmSolved(LEADER, raised.plusDays(2), workingDays);
        return problem;
    }
}
