package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.zone.City;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private final UserAccount account = UserAccount.provinceWide("supervisor.province", "省商务厅督办", "hash",
            Role.SUPERVISOR);

    @Test
    void fiveFailedSignInsInARowLockTheAccountForFifteenMinutes() {
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_LOGINS; attempt++) {
            account.recordFailedLogin(NOW);
            assertThat(account.isLockedAt(NOW)).as("after %d failures", attempt).isFalse();
        }
        account.recordFailedLogin(NOW);

        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_LOGINS; attempt++) {
            account.recordFailedLogin(NOW);
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(NOW);

        assertThat(account.isLockedAt(NOW)).isFalse();
    }

    @Test
    void aProvinceUsersOnlyGroupIsTheirRole() {
        assertThat(account.groups()).containsExactly("supervisor");
        assertThat(account.scope()).isEqualTo(Scope.PROVINCE);
    }

    @Test
    void aCityUsersGroupsAreTheirRoleAndTheirRoleInTheCity() {
        UserAccount city = UserAccount.inCity("supervisor.jinzhong", "晋中市商务局督办", "hash",
                new City("140700", "晋中"));

        assertThat(city.groups()).containsExactly("supervisor", "supervisor:city-140700");
        assertThat(city.scope()).isEqualTo(Scope.ofCity("140700"));
    }
}
