package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.message.EnterpriseMessageKind;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.EmailAddress;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An enterprise's messages: its own only, newest first, told once, counted from when an account last looked, locked
 * while they are mailed; and the commitments falling due that it is reminded of.
 */
class EnterpriseMessagePersistenceTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 7, 9, 0);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_enterprise_message_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEnterpriseReadsItsOwnMessagesOnceEachAndTheUnmailedWaitToBeMailed(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Zone zone = TestProjects.zone(em, "晋中开发区");
                Project project = TestProjects.project(1, zone).signedOn(LocalDate.of(2026, 11, 2)).persist(em);
                Project others = TestProjects.project(2, zone).signedOn(LocalDate.of(2026, 11, 2)).persist(em);
                Commitment dueSoon = Commitment.signed(project, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 12, 18), "officer.jinzhong", LocalDate.of(2026, 11, 2));
                Commitment dueLater = Commitment.signed(others, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2),
                        LocalDate.of(2027, 3, 31), "officer.jinzhong", LocalDate.of(2026, 11, 2));
                em.persist(dueSoon);
                em.persist(dueLater);
                JpaEnterpriseMessageRepository messages = new JpaEnterpriseMessageRepository(em);
                EnterpriseMessage earlier = EnterpriseMessage.commitmentDue(dueSoon, MORNING);
                EnterpriseMessage othersMessage = EnterpriseMessage.commitmentDue(dueLater, MORNING.plusHours(1));
                messages.add(earlier);
                em.flush();
                messages.add(othersMessage);
                UserAccount contact = UserAccount.ofEnterprise("wang.message", "王经理", "hash", project.enterprise());
                contact.mailMessagesTo(EmailAddress.of("wang@enterprise.example.cn"));
                contact.sawMessages(MORNING.plusMinutes(30));
                em.persist(contact);
                em.getTransaction().commit();
                return new long[] {project.enterprise().id(), earlier.id(), others.enterprise().id()};
            });
            long enterprise = ids[0];

            TestDatabases.read(factory, em -> {
                JpaEnterpriseMessageRepository messages = new JpaEnterpriseMessageRepository(em);
                Page<EnterpriseMessage> page = messages.of(enterprise, 0, 20);
                assertThat(page.items()).extracting(EnterpriseMessage::id).containsExactly(ids[1]);
                assertThat(page.items().get(0).project().name()).isEqualTo("测试项目1");
                assertThat(page.items().get(0).dueOn()).isEqualTo(LocalDate.of(2026, 12, 18));
                assertThat(messages.told(enterprise, EnterpriseMessageKind.COMMITMENT_DUE,
                        page.items().get(0).about())).isTrue();
                assertThat(messages.told(ids[2], EnterpriseMessageKind.COMMITMENT_DUE, page.items().get(0).about()))
                        .as("another enterprise was not told of this").isFalse();
                UserAccount contact = new JpaUserAccountRepository(em).findByUsername("wang.message").orElseThrow();
                assertThat(contact.email()).hasValue(EmailAddress.of("wang@enterprise.example.cn"));
                assertThat(messages.countAfter(enterprise, contact.messagesSeenAt().orElseThrow()))
                        .as("nothing new since the contact looked").isZero();
                assertThat(messages.countAfter(enterprise, null)).isEqualTo(1);
                assertThat(new JpaCommitmentRepository(em).signedAndDueBetween(LocalDate.of(2026, 12, 7),
                        LocalDate.of(2026, 12, 21))).extracting(c -> c.project().name()).containsExactly("测试项目1");
                assertThat(new JpaUserAccountRepository(em).enabledAccountsOf(contact.enterprise().orElseThrow()))
                        .extracting(UserAccount::username).containsExactly("wang.message");
                return null;
            });

            assertThatThrownBy(() -> TestDatabases.write(factory, em -> {
                Commitment commitment = new JpaCommitmentRepository(em).signedAndDueBetween(LocalDate.of(2026, 12, 7),
                        LocalDate.of(2026, 12, 21)).get(0);
                new JpaEnterpriseMessageRepository(em).add(EnterpriseMessage.commitmentDue(commitment, MORNING));
            })).as("told once, even by two servers at once").isInstanceOf(PersistenceException.class);

            List<Long> unmailed = TestDatabases.read(factory,
                    em -> new JpaEnterpriseMessageRepository(em).unmailedAfter(MORNING.minusDays(3), 10));
            assertThat(unmailed).hasSize(2).startsWith(ids[1]);
            TestDatabases.write(factory, em -> new JpaEnterpriseMessageRepository(em).lockUnmailed(ids[1])
                    .orElseThrow().mailed(MORNING.plusHours(3), List.of("wang@enterprise.example.cn")));
            TestDatabases.write(factory, em -> assertThat(new JpaEnterpriseMessageRepository(em)
                    .lockUnmailed(ids[1])).as("mailed once").isEmpty());
            TestDatabases.read(factory, em -> {
                JpaEnterpriseMessageRepository messages = new JpaEnterpriseMessageRepository(em);
                assertThat(messages.unmailedAfter(MORNING.minusDays(3), 10)).doesNotContain(ids[1]);
                assertThat(messages.of(enterprise, 0, 20).items().get(0).mailedTo())
                        .isEqualTo("wang@enterprise.example.cn");
                assertThat(messages.unmailedAfter(MORNING.plusHours(2), 10)).as("too old to try again").isEmpty();
                return null;
            });
        }
    }
}
