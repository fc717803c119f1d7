package cn.zoneflow.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
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
    void aProvinceUsersGroupsAreTheirRoleAndTheirRoleForTheProvince() {
        assertThat(account.groups()).containsExactly("supervisor", "supervisor:province");
        assertThat(account.scope()).isEqualTo(Scope.PROVINCE);
    }

    @Test
    void aCityUsersGroupsAreTheirRoleAndTheirRoleInTheCity() {
        UserAccount city = UserAccount.inCity("supervisor.jinzhong", "晋中市商务局督办", "hash",
                new City("140700", "晋中"));

        assertThat(city.groups()).containsExactly("supervisor", "supervisor:city-140700");
        assertThat(city.scope()).isEqualTo(Scope.ofCity("140700"));
    }

    @Test
    void aResetPasswordIsTemporaryAndUnlocksTheAccount() {
        for (int attempt = 1; attempt <= UserAccount.MAX_FAILED_LOGINS; attempt++) {
            account.recordFailedLogin(NOW);
        }
        account.resetPassword("temporary-hash");

        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.passwordHash()).isEqualTo("temporary-hash");

        account.changePassword("own-hash");

        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.passwordHash()).isEqualTo("own-hash");
    }

    @Test
    void aRoleComesWithTheScopeItNeeds() {
        City jinzhong = new City("140700", "晋中");

        assertThatThrownBy(() -> account.assign(Role.OFFICER, null, null)).as("an officer without a zone")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.assign(Role.AUDITOR, null, jinzhong)).as("an auditor of one city")
                .isInstanceOf(IllegalArgumentException.class);

        account.assign(Role.SUPERVISOR, null, jinzhong);

        assertThat(account.scope()).isEqualTo(Scope.ofCity("140700"));
        assertThat(account.groups()).containsExactly("supervisor", "supervisor:city-140700");
    }

    @Test
    void aLeaderLeadsInAZoneACityOrTheProvinceButNotInAZoneAndACity() {
        City jinzhong = new City("140700", "晋中");
        Zone zone = new Zone("晋中开发区", jinzhong, ZoneCategory.INDUSTRIAL, ZoneLevel.PROVINCIAL);

        account.assign(Role.LEADER, zone, null);
        assertThat(account.groups()).first().isEqualTo("leader");
        account.assign(Role.LEADER, null, jinzhong);
        assertThat(account.scope()).isEqualTo(Scope.ofCity("140700"));
        account.assign(Role.LEADER, null, null);
        assertThat(account.scope()).isEqualTo(Scope.PROVINCE);
        assertThatThrownBy(() -> account.assign(Role.LEADER, zone, jinzhong))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Role.LEADER.worksOnProjects()).as("a leader sees the projects they lead, not the zone's work")
                .isFalse();
    }

    @Test
    void anEnterprisesAccountReachesItsOwnEnterpriseAndNoPlaceOfTheAdministration() {
        Enterprise enterprise = new Enterprise("山西大恒能源科技有限公司", CreditCode.of("91350100M000100Y43"), "王经理",
                "0354-1234567");
        UserAccount contact = UserAccount.ofEnterprise("wang.daheng", "王经理", "hash", enterprise);

        assertThat(contact.role()).isEqualTo(Role.ENTERPRISE);
        assertThat(contact.reach()).isEqualTo(new Reach.OfEnterprise(CreditCode.of("91350100M000100Y43")));
        assertThat(contact.groups()).as("its role, and its enterprise's own steps in the engine")
                .containsExactly("enterprise", "enterprise:credit-91350100M000100Y43");
        assertThatThrownBy(contact::scope).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> contact.assign(Role.OFFICER, null, null)).isInstanceOf(IllegalStateException.class);
        assertThat(Role.ENTERPRISE.worksOnProjects()).isFalse();
        assertThat(account.reach()).isEqualTo(Scope.PROVINCE);
        assertThatThrownBy(() -> UserAccount.provinceWide("someone", "某人", "hash", Role.ENTERPRISE))
                .as("an enterprise's account comes only by invitation").isInstanceOf(IllegalArgumentException.class);
    }
}
