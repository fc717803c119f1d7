package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository.WarnedProjects;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import cn.zoneflow.domain.model.warning.Warning;
import cn.zoneflow.domain.model.warning.WarningChange;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRepository.Planned;
import cn.zoneflow.domain.model.warning.WarningRule;
import cn.zoneflow.domain.model.warning.YellowFrom;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Warning rules as migrated, the pipeline they judge, standing warnings narrowed by scope, and their history. */
class WarningPersistenceTest {

    private static final LocalDate PLANNED_START = LocalDate.of(2026, 1, 10);
    private static final LocalDate PLANNED_PRODUCTION = LocalDate.of(2026, 11, 30);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_warning_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsStandingWarningsAndTheirChangesAndListsThemReddestFirstWithinAScope(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project late = TestProjects.project(1, TestProjects.zone(em, "晋中开发区"))
                        .planned(PLANNED_START, PLANNED_PRODUCTION).persist(em);
                Project building = TestProjects.project(2, TestProjects.zone(em, "晋中开发区"))
                        .planned(PLANNED_START, PLANNED_PRODUCTION).reached(Stage.STARTED, PLANNED_START).persist(em);
                Project unplanned = TestProjects.project(3, TestProjects.zone(em, "朔州经济开发区")).persist(em);
                TestProjects.project(4, TestProjects.zone(em, "晋中开发区")).planned(PLANNED_START, PLANNED_PRODUCTION)
                        .reached(Stage.STARTED, PLANNED_START).reached(Stage.PRODUCING, PLANNED_PRODUCTION).persist(em);
                JpaWarningRepository warnings = new JpaWarningRepository(em);
                warnings.add(new ProjectWarning(late, new Warning(WarningKind.START, Light.RED, PLANNED_START, 10),
                        LocalDate.of(2026, 4, 11)));
                warnings.add(new ProjectWarning(building, new Warning(WarningKind.PRODUCTION, Light.YELLOW,
                        PLANNED_PRODUCTION, 0), LocalDate.of(2026, 12, 1)));
                warnings.add(new WarningChange(late.id(), WarningKind.START, Light.YELLOW, Light.RED, PLANNED_START,
                        LocalDate.of(2026, 4, 11)));
                em.getTransaction().commit();
                return new long[] {late.id(), building.id(), unplanned.id(), late.zone().id()};
            });

            List<WarningRule> rules = TestDatabases.read(factory, em -> new JpaWarningRepository(em).rules());
            assertThat(rules).extracting(WarningRule::kind, WarningRule::yellowFrom, WarningRule::redAfterMonths)
                    .containsExactlyInAnyOrder(
                            Tuple.tuple(WarningKind.START, YellowFrom.PLANNED_MONTH, 3),
                            Tuple.tuple(WarningKind.PRODUCTION, YellowFrom.PLANNED_DAY, 3),
                            Tuple.tuple(WarningKind.EFFECTIVE, YellowFrom.PLANNED_DAY, 3));
            List<Planned> pipeline = TestDatabases.read(factory, em -> new JpaWarningRepository(em).pipeline());
            assertThat(pipeline).as("every signed project not yet 达效").extracting(Planned::projectId)
                    .contains(ids[0], ids[1], ids[2]).hasSize(4);
            assertThat(pipeline).filteredOn(planned -> planned.projectId() == ids[1]).singleElement()
                    .satisfies(planned -> {
                        assertThat(planned.stage()).isEqualTo(Stage.STARTED);
                        assertThat(planned.dates()).containsEntry(WarningKind.PRODUCTION, PLANNED_PRODUCTION);
                    });

            Page<ProjectWarning> zone = TestDatabases.read(factory,
                    em -> new JpaWarningRepository(em).within(Scope.ofZone(ids[3]), null, null, 0, 10));
            assertThat(zone.items()).as("red first").extracting(ProjectWarning::light)
                    .containsExactly(Light.RED, Light.YELLOW);
            long yellowProduction = TestDatabases.read(factory, em -> new JpaWarningRepository(em)
                    .within(Scope.PROVINCE, Light.YELLOW, WarningKind.PRODUCTION, 0, 10).total());
            long inShuozhou = TestDatabases.read(factory, em -> new JpaWarningRepository(em)
                    .within(Scope.ofCity("140600"), null, null, 0, 10).total());
            long redInZone = TestDatabases.read(factory, em -> new JpaWarningRepository(em)
                    .count(Scope.ofZone(ids[3]), Light.RED));
            assertThat(redInZone).as("above the inbox").isEqualTo(1);
            assertThat(yellowProduction).isEqualTo(1);
            assertThat(inShuozhou).as("朔州 has none").isZero();
            List<Long> warned = TestDatabases.read(factory, em -> new JpaWarningRepository(em).warnedProjects());
            Map<Long, List<WarningKind>> standing = TestDatabases.read(factory, em -> new JpaWarningRepository(em)
                    .standing(warned).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> entry.getValue().stream().map(ProjectWarning::kind).toList())));
            assertThat(warned).containsExactlyInAnyOrder(ids[0], ids[1]);
            assertThat(standing).containsOnly(Map.entry(ids[0], List.of(WarningKind.START)),
                    Map.entry(ids[1], List.of(WarningKind.PRODUCTION)));
            Map<Long, Light> worst = TestDatabases.read(factory,
                    em -> new JpaWarningRepository(em).worstOf(List.of(ids[0], ids[1], ids[2])));
            assertThat(worst).containsOnly(Map.entry(ids[0], Light.RED), Map.entry(ids[1], Light.YELLOW));
            for (Light light : Light.values()) {
                ProjectFilter filter = new ProjectFilter(null, ids[3], null, null, null, null, null, null, null, null,
                        null, null, light, null, null);
                List<Long> found = TestDatabases.read(factory, em -> new JpaProjectRepository(em)
                        .search(Scope.PROVINCE, filter, ProjectSort.CODE, false, 0, 10).items().stream()
                        .map(Project::id).toList());
                switch (light) {
                    case RED -> assertThat(found).as("项目库 narrowed to red").containsExactly(ids[0]);
                    case YELLOW -> assertThat(found).as("to yellow").containsExactly(ids[1]);
                    case GREEN -> assertThat(found).as("to green: the one producing").hasSize(1)
                            .doesNotContain(ids[0], ids[1]);
                }
            }
            Map<Long, WarnedProjects> byZone = TestDatabases.read(factory,
                    em -> new JpaSupervisionFigureRepository(em).warnedProjects(Scope.PROVINCE));
            assertThat(byZone).as("月通报 and 总览 count the zone's projects by their worst light")
                    .containsEntry(ids[3], new WarnedProjects(1, 1));
            List<WarningChange> history = TestDatabases.read(factory,
                    em -> new JpaWarningRepository(em).historyOf(ids[0]));
            assertThat(history).singleElement().satisfies(change -> {
                assertThat(change.to()).isEqualTo(Light.RED);
                assertThat(change.changedOn()).isEqualTo(LocalDate.of(2026, 4, 11));
            });
        }
    }
}
