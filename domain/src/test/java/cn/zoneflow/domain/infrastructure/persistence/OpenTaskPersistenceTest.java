package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.task.OpenTaskCriteria;
import cn.zoneflow.domain.model.task.TaskSort;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The inbox's reads of the open-task index: one officer's own tasks or their zone group's unclaimed ones, in
 * deadline order, narrowed by project, kind, deadline state and zone — on H2 and on MariaDB.
 */
class OpenTaskPersistenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final String JINZHONG_OFFICERS = "officer:zone-jinzhong";
    private static final String SHUOZHOU_OFFICERS = "officer:zone-shuozhou";

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_open_task_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readsAGroupsUnclaimedTasksSoonestDueFirstAndCountsThem(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            OpenTaskCriteria jinzhong = OpenTaskCriteria.unclaimedIn(List.of(JINZHONG_OFFICERS), TODAY);

            assertThat(ids(factory, jinzhong, TaskSort.DUE, 10))
                    .containsExactly("no-deadline", "overdue", "near", "in-time");
            assertThat(ids(factory, jinzhong, TaskSort.DUE, 2)).containsExactly("no-deadline", "overdue");
            assertThat(count(factory, jinzhong)).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keepsClaimedTasksToTheirAssigneeAndNarrowsByStateProjectAndZone(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            OpenTaskCriteria groups = OpenTaskCriteria.unclaimedIn(List.of(JINZHONG_OFFICERS, SHUOZHOU_OFFICERS),
                    TODAY);
            long shuozhou = TestDatabases.read(factory, em -> TestProjects.zone(em, "朔州经济开发区").id());
            ProjectCode firstProject = TestDatabases.read(factory,
                    em -> new JpaOpenTaskRepository(em).find("in-time").orElseThrow().project().code());

            assertThat(ids(factory, OpenTaskCriteria.ownedBy("officer.jinzhong", TODAY), TaskSort.DUE, 10))
                    .containsExactly("claimed");
            assertThat(ids(factory, groups.narrowedTo(null, null, DueState.NEAR, null), TaskSort.DUE, 10))
                    .containsExactly("near");
            assertThat(ids(factory, groups.narrowedTo(null, null, DueState.NORMAL, null), TaskSort.DUE, 10))
                    .containsExactly("no-deadline", "in-time");
            assertThat(count(factory, groups.narrowedTo(null, null, DueState.OVERDUE, null))).isEqualTo(2);
            assertThat(ids(factory, groups.narrowedTo(null, null, null, List.of(shuozhou)), TaskSort.DUE, 10))
                    .containsExactly("other-zone");
            assertThat(ids(factory, groups.narrowedTo(null, "requestStageMove", null, List.of()), TaskSort.DUE, 10))
                    .isEmpty();
            assertThat(ids(factory, groups.narrowedTo(firstProject, null, null, null), TaskSort.CREATED, 10))
                    .containsExactly("in-time", "near");
            assertThat(ids(factory, groups.containing(Keyword.of("测试企业1").orElseThrow()), TaskSort.CREATED, 10))
                    .as("by a part of the enterprise's name").containsExactly("in-time", "near");
            assertThat(count(factory, groups.containing(Keyword.of("测试项目").orElseThrow())
                    .narrowedTo(null, null, DueState.OVERDUE, null))).as("with the other filters").isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReturnedRequestOrANoticeComesFirstWhateverTheOrderAndIsCountedApart(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            TestDatabases.write(factory, em -> {
                Project first = new JpaOpenTaskRepository(em).find("in-time").orElseThrow().project();
                new JpaOpenTaskRepository(em).add(task("returned", first, JINZHONG_OFFICERS, 0, TODAY.plusDays(20))
                        .needingAttention());
            });
            OpenTaskCriteria jinzhong = OpenTaskCriteria.unclaimedIn(List.of(JINZHONG_OFFICERS), TODAY);

            assertThat(ids(factory, jinzhong, TaskSort.DUE, 3)).containsExactly("returned", "no-deadline", "overdue");
            List<String> latestFirst = TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em)
                    .list(jinzhong, TaskSort.CREATED, true, 2).stream().map(OpenTask::taskId).toList());
            assertThat(latestFirst).containsExactly("returned", "no-deadline");
            assertThat(count(factory, jinzhong.needingAttention())).isEqualTo(1);
            assertThat(count(factory, jinzhong)).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tellsTheKindsOfTaskAnInboxHoldsSoItsFilterOffersNoOther(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            TestDatabases.write(factory, em -> {
                Project shuozhou = new JpaOpenTaskRepository(em).find("other-zone").orElseThrow().project();
                new JpaOpenTaskRepository(em).add(new OpenTask("notice", "答复督办", "answerNotice", shuozhou,
                        SHUOZHOU_OFFICERS, LocalDateTime.of(2026, 12, 1, 7, 0)));
            });

            Set<String> jinzhong = TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em)
                    .taskTypes(OpenTaskCriteria.unclaimedIn(List.of(JINZHONG_OFFICERS), TODAY)));
            Set<String> shuozhou = TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em)
                    .taskTypes(OpenTaskCriteria.unclaimedIn(List.of(SHUOZHOU_OFFICERS), TODAY)));
            Set<String> nobody = TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em)
                    .taskTypes(OpenTaskCriteria.ownedBy("manager.jinzhong", TODAY)));

            assertThat(jinzhong).containsExactly("requestStageMove");
            assertThat(shuozhou).containsExactlyInAnyOrder("requestStageMove", "answerNotice");
            assertThat(nobody).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void forgetsACompletedTask(DatabaseSettings database) {
        try (EntityManagerFactory factory = filled(database)) {
            TestDatabases.write(factory, em -> new JpaOpenTaskRepository(em).remove("overdue"));

            boolean stillThere = TestDatabases.read(factory,
                    em -> new JpaOpenTaskRepository(em).find("overdue").isPresent());
            long left = TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em).countAll());

            assertThat(stillThere).isFalse();
            assertThat(left).isEqualTo(5);
        }
    }

    /**
     * 晋中开发区: two projects; four unclaimed tasks (one without a deadline) and one claimed by the officer.
     * 朔州经济开发区: one overdue unclaimed task.
     */
    private static EntityManagerFactory filled(DatabaseSettings database) {
        EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database));
        TestDatabases.write(factory, em -> {
            Zone jinzhong = TestProjects.zone(em, "晋中开发区");
            Project first = TestProjects.project(1, jinzhong).persist(em);
            Project second = TestProjects.project(2, jinzhong).persist(em);
            Project shuozhou = TestProjects.project(3, TestProjects.zone(em, "朔州经济开发区")).persist(em);
            JpaOpenTaskRepository repository = new JpaOpenTaskRepository(em);
            repository.add(task("in-time", first, JINZHONG_OFFICERS, 1, TODAY.plusDays(10)));
            repository.add(task("near", first, JINZHONG_OFFICERS, 2, TODAY.plusDays(1)));
            repository.add(task("overdue", second, JINZHONG_OFFICERS, 3, TODAY.minusDays(1)));
            repository.add(task("no-deadline", second, JINZHONG_OFFICERS, 4, null));
            OpenTask claimed = task("claimed", second, JINZHONG_OFFICERS, 5, TODAY.plusDays(3));
            claimed.assignTo("officer.jinzhong");
            repository.add(claimed);
            repository.add(task("other-zone", shuozhou, SHUOZHOU_OFFICERS, 6, TODAY.minusDays(5)));
        });
        return factory;
    }

    /** Created on the given hour of 1 December; near due two days before its due day. */
    private static OpenTask task(String id, Project project, String group, int hour, LocalDate due) {
        OpenTask task = new OpenTask(id, "申请进入下一阶段", "requestStageMove", project, group,
                LocalDateTime.of(2026, 12, 1, hour, 0));
        task.dueBy(due, due == null ? null : due.minusDays(2));
        return task;
    }

    private static List<String> ids(EntityManagerFactory factory, OpenTaskCriteria criteria, TaskSort sort,
            int max) {
        return TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em).list(criteria, sort, false, max)
                .stream().map(OpenTask::taskId).toList());
    }

    private static long count(EntityManagerFactory factory, OpenTaskCriteria criteria) {
        return TestDatabases.read(factory, em -> new JpaOpenTaskRepository(em).count(criteria));
    }
}
