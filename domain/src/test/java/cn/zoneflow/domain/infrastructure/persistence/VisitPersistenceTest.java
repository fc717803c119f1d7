package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import cn.zoneflow.domain.model.visit.LeaderWork;
import cn.zoneflow.domain.model.visit.VisitReport;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A city's leader in charge of some of its projects, and the visits made to them, kept and read back. */
class VisitPersistenceTest {

    private static final LocalDateTime RECORDED = LocalDateTime.of(2026, 11, 30, 9, 0);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_visit_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLeaderFindsTheProjectsTheyLeadWithEachOnesVisitsLatestFirst(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                UserAccount leader = UserAccount.withScope("leader.test", "王副市长", "hash", Role.LEADER, null,
                        jinzhong.city());
                em.persist(leader);
                Project led = TestProjects.project(1, jinzhong).persist(em);
                led.assign(null, leader);
                Project other = TestProjects.project(2, jinzhong).persist(em);
                other.assign("李主任", null);
                Project alsoLed = TestProjects.project(3, jinzhong).persist(em);
                alsoLed.assign("写下的名字", leader);
                JpaVisitRepository visits = new JpaVisitRepository(em);
                visits.add(new EnterpriseVisit(led, new VisitReport(LocalDate.of(2026, 11, 2), "王副市长、招商局",
                        "企业总经理", "用电增容", null, null), leader, RECORDED));
                visits.add(new EnterpriseVisit(led, new VisitReport(LocalDate.of(2026, 11, 20), "代办员",
                        "项目经理", "施工许可进度", "下周办结", null), UserAccount.withScope("officer.test", "代办员", "h",
                        Role.OFFICER, jinzhong, null), RECORDED));
                em.getTransaction().commit();
                return new long[] {led.id(), other.id(), alsoLed.id()};
            });

            Page<Project> ledProjects = TestDatabases.read(factory, em -> {
                UserAccount leader = em.createQuery("select u from UserAccount u where u.username = 'leader.test'",
                        UserAccount.class).getSingleResult();
                return new JpaProjectRepository(em).ledBy(leader, 0, 10);
            });
            assertThat(ledProjects.total()).isEqualTo(2);
            assertThat(ledProjects.items()).extracting(Project::id).containsExactly(ids[0], ids[2]);
            assertThat(ledProjects.items()).extracting(Project::leaderInCharge)
                    .as("the account's name, not one written before").containsOnly("王副市长");

            List<EnterpriseVisit> visits = TestDatabases.read(factory,
                    em -> new JpaVisitRepository(em).ofProject(ids[0]));
            assertThat(visits).extracting(EnterpriseVisit::visitedOn)
                    .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 2));
            assertThat(visits.get(0).leader()).as("an officer's visit is no leader's").isEmpty();
            assertThat(visits.get(1).leader().map(UserAccount::username)).contains("leader.test");
            assertThat(visits.get(0).followUp()).isEqualTo("下周办结");
            Map<Long, LocalDate> last = TestDatabases.read(factory,
                    em -> new JpaVisitRepository(em).lastVisitOf(List.of(ids[0], ids[1])));
            assertThat(last).containsExactly(Map.entry(ids[0], LocalDate.of(2026, 11, 20)));

            Scope jinzhong = Scope.ofCity("140700");
            LocalDate from = LocalDate.of(2026, 11, 1);
            LocalDate to = LocalDate.of(2026, 11, 30);
            Map<Long, Long> byZone = TestDatabases.read(factory,
                    em -> new JpaVisitRepository(em).countsByZone(jinzhong, from, to));
            assertThat(byZone.values()).containsExactly(2L);
            List<LeaderWork> leaders = TestDatabases.read(factory,
                    em -> new JpaVisitRepository(em).leaderWork(jinzhong, from, to));
            assertThat(leaders).containsExactly(new LeaderWork("leader.test", "王副市长", 2, 1, 0));
            List<LeaderWork> firstDays = TestDatabases.read(factory,
                    em -> new JpaVisitRepository(em).leaderWork(jinzhong, from, LocalDate.of(2026, 11, 10)));
            assertThat(firstDays).as("the leader's visit of the 2nd counts, the officer's of the 20th is no leader's")
                    .containsExactly(new LeaderWork("leader.test", "王副市长", 2, 1, 0));
            List<LeaderWork> inShuozhou = TestDatabases.read(factory,
                    em -> new JpaVisitRepository(em).leaderWork(Scope.ofCity("140600"), from, to));
            assertThat(inShuozhou).as("no project led in 朔州").isEmpty();
        }
    }
}
