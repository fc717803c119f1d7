package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.domain.model.zone.City;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-07T02:00:00Z");

    private final UserAccount account = UserAccount.inCity("supervisor.jinzhong", "晋中市商务局督办", "hash",
            new City("140700", "晋中"));

    @Test
    void aTokenOpensItsAccountForHalfAnHourAndNoLonger() {
        ApiToken token = ApiToken.issue(BearerToken.random(), account, ISSUED);

        assertThat(token.isValidAt(ISSUED)).isTrue();
        assertThat(token.isValidAt(ISSUED.plus(ApiToken.LIFETIME).minusSeconds(1))).isTrue();
        assertThat(token.isValidAt(ISSUED.plus(ApiToken.LIFETIME))).isFalse();
        assertThat(token.expiresAt()).isEqualTo(ISSUED.plus(ApiToken.LIFETIME));
    }

    @Test
    void aTokenSignedOutOpensNothingAnyMore() {
        ApiToken token = ApiToken.issue(BearerToken.random(), account, ISSUED);

        token.revoke(ISSUED.plusSeconds(60));

        assertThat(token.isValidAt(ISSUED.plusSeconds(61))).isFalse();
    }

    static Stream<Arguments> changesThatTakeTrustBack() {
        return Stream.of(
                Arguments.of("a new password of its own", (Consumer<UserAccount>) a -> a.changePassword("new hash")),
                Arguments.of("a temporary password from the administrator",
                        (Consumer<UserAccount>) a -> a.resetPassword("temporary hash")),
                Arguments.of("another role", (Consumer<UserAccount>) a -> a.assign(Role.LEADER, null, a.city())),
                Arguments.of("another city", (Consumer<UserAccount>) a -> a.assign(Role.SUPERVISOR, null,
                        new City("140100", "太原"))),
                Arguments.of("disabling, even when enabled again", (Consumer<UserAccount>) a -> {
                    a.disable();
                    a.enable();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThatTakeTrustBack")
    void aChangeOfPasswordRoleScopeOrStandingMakesEveryEarlierTokenWorthNothing(String change,
            Consumer<UserAccount> changing) {
        ApiToken earlier = ApiToken.issue(BearerToken.random(), account, ISSUED);

        changing.accept(account);

        assertThat(earlier.isValidAt(ISSUED.plusSeconds(1))).as("the token issued before " + change).isFalse();
        assertThat(ApiToken.issue(BearerToken.random(), account, ISSUED).isValidAt(ISSUED.plusSeconds(1)))
                .as("a token issued after " + change).isEqualTo(account.isEnabled());
    }

    @Test
    void aDisabledAccountsTokenOpensNothing() {
        ApiToken token = ApiToken.issue(BearerToken.random(), account, ISSUED);

        account.disable();

        assertThat(token.isValidAt(ISSUED.plusSeconds(1))).isFalse();
        assertThat(ApiToken.issue(BearerToken.random(), account, ISSUED).isValidAt(ISSUED.plusSeconds(1))).isFalse();
    }

    @Test
    void failedSignInsAndALockDoNotTakeAClientsTokenAway() {
        ApiToken token = ApiToken.issue(BearerToken.random(), account, ISSUED);

        for (int attempt = 0; attempt < UserAccount.MAX_FAILED_LOGINS; attempt++) {
            account.recordFailedLogin(ISSUED);
        }

        assertThat(account.isLockedAt(ISSUED)).isTrue();
        assertThat(token.isValidAt(ISSUED.plusSeconds(1)))
                .as("someone guessing the password cannot sign the account's clients out").isTrue();
    }
}
