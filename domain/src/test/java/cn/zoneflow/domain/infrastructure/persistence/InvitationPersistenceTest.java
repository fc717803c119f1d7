package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.enterprise.EnterpriseInvitation;
import cn.zoneflow.domain.model.enterprise.InvitationCode;
import cn.zoneflow.domain.model.enterprise.InvitationStatus;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An invitation kept with only its code's hash and found by the code; the enterprise's account made with it bound to
 * its enterprise, which reaches its own projects and no other.
 */
class InvitationPersistenceTest {

    private static final LocalDateTime ISSUED = LocalDateTime.of(2026, 12, 1, 9, 30);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_invitation_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAcceptedInvitationMakesAnAccountThatReachesItsEnterprisesProjectsOnly(DatabaseSettings database) {
        InvitationCode code = InvitationCode.random();
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone jinzhong = TestProjects.zone(em, "晋中开发区");
                Project own = TestProjects.project(1, jinzhong).persist(em);
                Project another = TestProjects.project(2, jinzhong).persist(em);
                EnterpriseInvitation invitation = new EnterpriseInvitation(own, "王经理", code, "officer.test", ISSUED);
                new JpaInvitationRepository(em).add(invitation);
                new JpaInvitationRepository(em).add(new EnterpriseInvitation(own, "李经理", InvitationCode.random(),
                        "officer.test", ISSUED.plusHours(1)));
                em.getTransaction().commit();
                return new long[] {own.id(), another.id(), invitation.id()};
            });

            Optional<EnterpriseInvitation> found = TestDatabases.read(factory,
                    em -> new JpaInvitationRepository(em).findByCode(InvitationCode.of(code.shown())));
            assertThat(found.map(EnterpriseInvitation::id)).contains(ids[2]);
            List<EnterpriseInvitation> ofProject = TestDatabases.read(factory,
                    em -> new JpaInvitationRepository(em).ofProject(ids[0]));
            assertThat(ofProject).extracting(EnterpriseInvitation::contactName).containsExactly("李经理", "王经理");

            TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                EnterpriseInvitation invitation = em.find(EnterpriseInvitation.class, ids[2]);
                em.persist(UserAccount.ofEnterprise("wang.test", "王经理", "hash", invitation.enterprise()));
                invitation.accept("wang.test", ISSUED.plusDays(1));
                em.getTransaction().commit();
                return null;
            });
            UserAccount contact = TestDatabases.read(factory, em -> em.createQuery(
                    "select u from UserAccount u where u.username = 'wang.test'", UserAccount.class).getSingleResult());
            Reach.OfEnterprise reach = (Reach.OfEnterprise) contact.reach();
            List<Project> reached = TestDatabases.read(factory, em -> new JpaProjectRepository(em).ofEnterprise(reach));
            assertThat(reached).extracting(Project::id).containsExactly(ids[0]);
            Assertions.assertThatThrownBy(() -> TestDatabases.read(factory,
                            em -> new JpaProjectRepository(em).findOf(reach, ids[1])))
                    .as("another enterprise's project does not exist for it").isInstanceOf(NoSuchElementException.class);
            InvitationStatus status = TestDatabases.read(factory,
                    em -> em.find(EnterpriseInvitation.class, ids[2]).statusAt(ISSUED.plusDays(2)));
            assertThat(status).isEqualTo(InvitationStatus.ACCEPTED);
        }
    }
}
