package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.supervision.NoticeSource;
import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StalledProject;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Notices stored, listed by scope with the open ones first, and found by the task they are about. */
class NoticePersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_notice_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void listsTheNoticesOfAScopeOpenOnesFirstAndKnowsWhichTasksHaveOne(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                JpaNoticeRepository notices = new JpaNoticeRepository(em);
                Project jinzhong = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
                Project shuozhou = TestProjects.project(2, TestProjects.zone(em, "朔州经济开发区")).persist(em);
                SupervisionNotice answered = new SupervisionNotice(jinzhong, NoticeSource.SUPERVISOR, null,
                        "officer.jinzhong", "请报送用地材料", "supervisor.jinzhong", DAY, DAY.plusDays(3));
                answered.answer("已报送", "officer.jinzhong", DAY.plusDays(1));
                notices.add(answered);
                notices.add(new SupervisionNotice(jinzhong, NoticeSource.OVERDUE_TASK, "task-41", null,
                        "「申请进入下一阶段」已超期", "system", DAY, DAY.plusDays(2)));
                notices.add(new SupervisionNotice(shuozhou, NoticeSource.SUPERVISOR, null, null, "请加快环评",
                        "supervisor.province", DAY, DAY.plusDays(5)));
            });

            long jinzhongZone = TestDatabases.read(factory, em -> TestProjects.zone(em, "晋中开发区").id());
            List<SupervisionNotice> zone = TestDatabases.read(factory,
                    em -> new JpaNoticeRepository(em).within(Scope.ofZone(jinzhongZone), 10));
            List<SupervisionNotice> city = TestDatabases.read(factory,
                    em -> new JpaNoticeRepository(em).within(Scope.ofCity("140700"), 10));
            List<SupervisionNotice> province = TestDatabases.read(factory,
                    em -> new JpaNoticeRepository(em).within(Scope.PROVINCE, 10));
            Map<String, LocalDate> noticed = TestDatabases.read(factory,
                    em -> new JpaNoticeRepository(em).noticedOn(Set.of("task-41", "task-42")));

            assertThat(zone).extracting(SupervisionNotice::requirement)
                    .containsExactly("「申请进入下一阶段」已超期", "请报送用地材料");
            assertThat(city).hasSize(2);
            assertThat(province).hasSize(3);
            assertThat(noticed).as("only the task that had a notice, with its day")
                    .containsExactly(Map.entry("task-41", DAY));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStallNoticeIsKeptOncePerProjectAndKindOfStall(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            StalledProject stalled = StalledProject.of(1, "2024-140700-44-01-000001", "测试项目", "晋中开发区", "晋中",
                    BigDecimal.TEN, DAY.minusMonths(7), DAY.minusMonths(1), DAY);
            long projectId = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(3, TestProjects.zone(em, "晋中开发区"))
                        .signedOn(DAY.minusMonths(7)).persist(em);
                em.getTransaction().commit();
                return project.id();
            });
            List<Long> before = unnoticed(factory, StallKind.SIGNED_NOT_STARTED);
            List<StalledProject> noneLeft = TestDatabases.read(factory, em -> new JpaStallRepository(em)
                    .withoutNotice(StallKind.SIGNED_NOT_STARTED, 6, DAY, 0));
            TestDatabases.write(factory, em -> new JpaNoticeRepository(em).add(SupervisionNotice.aboutStall(
                    em.find(Project.class, projectId), StallKind.SIGNED_NOT_STARTED, stalled, "system", DAY,
                    DAY.plusDays(7))));

            assertThat(before).containsExactly(projectId);
            assertThat(noneLeft).as("a sweep whose share is used up asks for none, not for every one").isEmpty();
            assertThat(unnoticed(factory, StallKind.SIGNED_NOT_STARTED)).isEmpty();
            assertThatThrownBy(() -> TestDatabases.write(factory, em -> new JpaNoticeRepository(em).add(
                    SupervisionNotice.aboutStall(em.find(Project.class, projectId), StallKind.SIGNED_NOT_STARTED,
                            stalled, "system", DAY, DAY.plusDays(7))))).as("one notice per project and stall")
                    .isInstanceOf(RuntimeException.class);
        }
    }

    /** The stalled projects the sweep would still send a notice about. */
    private static List<Long> unnoticed(EntityManagerFactory factory, StallKind kind) {
        return TestDatabases.read(factory, em -> new JpaStallRepository(em).withoutNotice(kind, 6, DAY, 10))
                .stream().map(StalledProject::projectId).toList();
    }
}
