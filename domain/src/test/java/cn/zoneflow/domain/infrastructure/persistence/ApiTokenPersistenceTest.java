package cn.zoneflow.domain.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.user.ApiToken;
import cn.zoneflow.domain.model.user.BearerToken;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token kept under its hash and found with its account in one read; the stamp of a changed account kept, so the
 * token issued before the change is worth nothing when read back; expired tokens forgotten, the others kept.
 */
class ApiTokenPersistenceTest {

    private static final Instant ISSUED = Instant.parse("2026-12-07T02:00:00Z");

    static Stream<DatabaseSettings> databases() {
        return Stream.of(TestDatabases.h2(), TestDatabases.mariaDb("zoneflow_api_token_test"));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTokenIsFoundByItsHashUntilItsAccountChangesAndForgottenOnceExpired(DatabaseSettings database) {
        BearerToken early = BearerToken.random();
        BearerToken late = BearerToken.random();
        try (EntityManagerFactory factory = TestDatabases.entityManagerFactory(TestDatabases.migrated(database))) {
            TestDatabases.write(factory, em -> {
                UserAccount account = UserAccount.provinceWide("client.test", "接口客户端", "hash", Role.SUPERVISOR);
                em.persist(account);
                new JpaApiTokenRepository(em).add(ApiToken.issue(early, account, ISSUED));
                new JpaApiTokenRepository(em).add(ApiToken.issue(late, account, ISSUED.plus(ApiToken.LIFETIME)));
            });

            ApiToken found = TestDatabases.read(factory, em -> new JpaApiTokenRepository(em).find(late.hash()))
                    .orElseThrow();
            assertThat(found.account().username()).isEqualTo("client.test");
            assertThat(found.isValidAt(ISSUED.plus(ApiToken.LIFETIME))).isTrue();
            Optional<ApiToken> unknown = TestDatabases.read(factory,
                    em -> new JpaApiTokenRepository(em).find(BearerToken.random().hash()));
            assertThat(unknown).isEmpty();

            int forgotten = TestDatabases.read(factory, em -> {
                em.getTransaction().begin();
                UserAccount account = em.createQuery(
                        "select u from UserAccount u where u.username = 'client.test'", UserAccount.class)
                        .getSingleResult();
                int count = new JpaApiTokenRepository(em).forgetExpired(account, ISSUED.plus(ApiToken.LIFETIME).plusSeconds(1));
                account.changePassword("new hash");
                em.getTransaction().commit();
                return count;
            });
            assertThat(forgotten).isEqualTo(1);
            Optional<ApiToken> expired = TestDatabases.read(factory,
                    em -> new JpaApiTokenRepository(em).find(early.hash()));
            assertThat(expired).isEmpty();
            assertThat(TestDatabases.read(factory, em -> new JpaApiTokenRepository(em).find(late.hash()))
                    .orElseThrow().isValidAt(ISSUED.plus(ApiToken.LIFETIME)))
                    .as("the token issued before the new password").isFalse();
        }
    }
}
