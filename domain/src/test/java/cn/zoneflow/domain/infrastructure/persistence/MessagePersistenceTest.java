package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.message.Message;
import cn.zoneflow.domain.model.message.MessageKind;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Page;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One user's messages: newest first, counted while unread, never another user's to read. */
class MessagePersistenceTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 1, 9, 0);

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_message_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aUserReadsTheirOwnMessagesNewestFirstAndMarksThemRead(DatabaseSettings database) {
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            long[] ids = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                Project project = TestProjects.project(1, TestProjects.zone(em, "晋中开发区")).persist(em);
                JpaMessageRepository messages = new JpaMessageRepository(em);
                Message returned = new Message("officer.jinzhong", MessageKind.RETURNED, project, "t-1",
                        "申请进入下一阶段", MORNING);
                Message near = new Message("officer.jinzhong", MessageKind.DEADLINE_NEAR, project, "t-2",
                        "签订代办协议", MORNING.plusHours(2));
                Message others = new Message("officer.shuozhou", MessageKind.ASSIGNED, project, "t-3", "办理",
                        MORNING.plusHours(1));
                messages.add(returned);
                messages.add(near);
                messages.add(others);
                em.getTransaction().commit();
                return new long[] {returned.id(), others.id()};
            });

            TestDatabases.read(factory, em -> {
                JpaMessageRepository messages = new JpaMessageRepository(em);
                Page<Message> page = messages.of("officer.jinzhong", 0, 20);
                assertThat(page.items()).extracting(Message::kind)
                        .containsExactly(MessageKind.DEADLINE_NEAR, MessageKind.RETURNED);
                assertThat(page.items().get(0).project().name()).isNotBlank();
                assertThat(messages.unreadCount("officer.jinzhong")).isEqualTo(2);
                assertThat(messages.told("officer.jinzhong", MessageKind.RETURNED, "t-1")).isTrue();
                assertThat(messages.told("officer.jinzhong", MessageKind.ASSIGNED, "t-1")).isFalse();
                assertThat(messages.find("officer.jinzhong", ids[1])).as("another user's message").isEmpty();
                return null;
            });
            TestDatabases.write(factory, em -> {
                JpaMessageRepository messages = new JpaMessageRepository(em);
                messages.find("officer.jinzhong", ids[0]).orElseThrow().read(MORNING.plusDays(1));
                em.flush();
                assertThat(messages.readAll("officer.jinzhong", MORNING.plusDays(2))).isEqualTo(1);
            });

            TestDatabases.read(factory, em -> {
                JpaMessageRepository messages = new JpaMessageRepository(em);
                assertThat(messages.unreadCount("officer.jinzhong")).isZero();
                assertThat(messages.unreadCount("officer.shuozhou")).isEqualTo(1);
                assertThat(messages.find("officer.jinzhong", ids[0]).orElseThrow().readAt())
                        .as("read when first opened").isEqualTo(MORNING.plusDays(1));
                return null;
            });
        }
    }
}
