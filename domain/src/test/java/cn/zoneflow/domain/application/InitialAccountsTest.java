package cn.zoneflow.domain.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.infrastructure.persistence.MisconfigurationException;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.zone.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A fresh installation's three administrators, from the operator's initial password. */
class InitialAccountsTest {

    private final Accounts accounts = new Accounts();
    private final InitialAccounts initial = new InitialAccounts(accounts, new PlainHashing());

    @Test
    void anEmptyInstallationGetsItsThreeSeparateAdministratorsEachToChangeThePassword() {
        List<String> created = initial.createIfNone(Optional.of("Start#2026"));

        assertThat(created).containsExactly("admin", "auditor", "security");
        assertThat(accounts.added).extracting(UserAccount::role)
                .containsExactlyInAnyOrder(Role.ADMIN, Role.SECURITY, Role.AUDITOR);
        assertThat(accounts.added).allSatisfy(account -> {
            assertThat(account.mustChangePassword()).isTrue();
            assertThat(account.passwordHash()).isEqualTo("hashed:Start#2026");
        });
    }

    @Test
    void anInstallationWithAccountsIsLeftAsItIs() {
        accounts.added.add(UserAccount.provinceWide("security", "安全管理员", "hash", Role.SECURITY));

        assertThat(initial.createIfNone(Optional.empty())).isEmpty();
        assertThat(accounts.added).hasSize(1);
    }

    @Test
    void withoutTheInitialPasswordStartingIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> initial.createIfNone(Optional.empty()))
                .isInstanceOf(MisconfigurationException.class)
                .hasMessageStartingWith("ZONEFLOW_INITIAL_PASSWORD is required");
        assertThat(accounts.added).isEmpty();
    }

    @Test
    void aWeakInitialPasswordIsRefusedAndNoAccountIsCreated() {
        assertThatThrownBy(() -> initial.createIfNone(Optional.of("password")))
                .isInstanceOf(MisconfigurationException.class)
                .hasMessageContaining("password rules");
        assertThat(accounts.added).isEmpty();
    }

    private static final class Accounts implements UserAccountRepository {

        private final List<UserAccount> added = new ArrayList<>();

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return added.stream().filter(account -> account.username().equals(username)).findFirst();
        }

        @Override
        public List<UserAccount> inZone(Zone zone, Role... roles) {
            return List.of();
        }

        @Override
        public List<UserAccount> leadersOver(Zone zone) {
            return List.of();
        }

        @Override
        public List<UserAccount> all() {
            return List.copyOf(added);
        }

        @Override
        public void add(UserAccount account) {
            added.add(account);
        }

        @Override
        public long count() {
            return added.size();
        }

        @Override
        public boolean hasEnabledAccountOf(Enterprise enterprise) {
            return false;
        }

        @Override
        public List<UserAccount> enabledAccountsOf(Enterprise enterprise) {
            return List.of();
        }

        @Override
        public long countDemo() {
            return 0;
        }
    }

    private static final class PlainHashing implements PasswordHashing {

        @Override
        public String hash(char[] password) {
            return "hashed:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String hash) {
            return hash.equals(hash(password));
        }
    }
}
