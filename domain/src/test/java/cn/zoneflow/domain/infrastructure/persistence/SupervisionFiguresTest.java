package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.report.SupervisionFigureRepository.ProcedureCounts;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The monthly notice's counts per zone, on H2 and MariaDB: procedures required, closed by the day and overdue on
 * it, and open tasks past their due day — each zone of the scope on its own, none beyond it.
 */
class SupervisionFiguresTest {

    private static final LocalDate NOVEMBER_5 = LocalDate.of(2026, 11, 5);
    private static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_supervision_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsAZonesProceduresAsTheyStoodOnTheDay(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            long jinzhong = TestDatabases.read(factory, em -> TestProjects.zone(em, "晋中开发区").id());

            Map<Long, ProcedureCounts> endOfMonth = TestDatabases.read(factory,
                    em -> new JpaSupervisionFigureRepository(em).procedures(Scope.ofZone(jinzhong), NOVEMBER_30));
            Map<Long, ProcedureCounts> earlyInMonth = TestDatabases.read(factory,
                    em -> new JpaSupervisionFigureRepository(em).procedures(Scope.ofZone(jinzhong), NOVEMBER_5));

            assertThat(endOfMonth).containsOnlyKeys(jinzhong);
            assertThat(endOfMonth.get(jinzhong)).as("land use closed, discharge permit overdue, waiver not counted")
                    .isEqualTo(new ProcedureCounts(3, 1, 1));
            assertThat(earlyInMonth.get(jinzhong)).as("land use due on 1 November, closed only on the 10th")
                    .isEqualTo(new ProcedureCounts(3, 0, 1));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsOverdueTasksPerZoneOfACity(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            Zone jinzhong = TestDatabases.read(factory, em -> TestProjects.zone(em, "晋中开发区"));
            long shuozhou = TestDatabases.read(factory, em -> TestProjects.zone(em, "朔州经济开发区").id());

            Map<Long, Long> inTheCity = TestDatabases.read(factory, em -> new JpaSupervisionFigureRepository(em)
                    .overdueTasks(Scope.ofCity(jinzhong.city().divisionCode()), NOVEMBER_30));
            Map<Long, Long> inTheProvince = TestDatabases.read(factory,
                    em -> new JpaSupervisionFigureRepository(em).overdueTasks(Scope.PROVINCE, NOVEMBER_30));

            assertThat(inTheCity).isEqualTo(Map.of(jinzhong.id(), 1L));
            assertThat(inTheProvince).isEqualTo(Map.of(jinzhong.id(), 1L, shuozhou, 1L));
        }
    }

    /**
     * 晋中开发区: a project whose land use was due on 1 November and closed on the 10th, whose discharge permit was
     * due on the 20th and is still with the department, whose soil and water plan the standard land waived, and
     * whose fire check is not submitted yet; one task overdue, one in time. 朔州经济开发区: one task overdue.
     */
    private static EntityManagerFactory filled(DatabaseSettings database) {
        EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database));
        TestDatabases.write(factory, em -> {
            Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
            Project shuozhou = TestProjects.project(2, TestProjects.zone(em, "朔州经济开发区")).persist(em);
            JpaProcedureRepository procedures = new JpaProcedureRepository(em);
            List<ProjectProcedure> planned = procedures.catalogueEntries(
                    List.of("LAND_USE", "DISCHARGE_PERMIT", "SOIL_WATER", "FIRE_ACCEPTANCE")).stream()
                    .map(procedure -> ProjectProcedure.planned(project, procedure, true, false))
                    .toList();
            planned.forEach(procedures::add);
            ProjectProcedure landUse = byCode(planned, "LAND_USE");
            landUse.submit("officer.jinzhong", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
            landUse.close("晋中土〔2026〕18号", LocalDate.of(2026, 11, 10));
            byCode(planned, "DISCHARGE_PERMIT").submit("officer.jinzhong", LocalDate.of(2026, 10, 20),
                    LocalDate.of(2026, 11, 20));
            JpaOpenTaskRepository tasks = new JpaOpenTaskRepository(em);
            tasks.add(task("late", project, LocalDate.of(2026, 11, 25)));
            tasks.add(task("in-time", project, LocalDate.of(2026, 12, 10)));
            tasks.add(task("late-elsewhere", shuozhou, LocalDate.of(2026, 11, 2)));
        });
        return factory;
    }

    private static ProjectProcedure byCode(List<ProjectProcedure> procedures, String code) {
        return procedures.stream().filter(procedure -> procedure.procedure().code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static OpenTask task(String id, Project project, LocalDate due) {
        OpenTask task = new OpenTask(id, "手续代办", "collectMaterials", project, "officer:zone-" + project.zone().id(),
                LocalDateTime.of(2026, 10, 1, 9, 0));
        task.dueBy(due, due.minusDays(2));
        return task;
    }
}
