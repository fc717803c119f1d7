package cn.zoneflow.domain.application;

import cn.zoneflow.domain.infrastructure.persistence.MisconfigurationException;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.PasswordPolicy;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three accounts a fresh installation starts with — the system administrator, the security administrator and
 * the auditor, kept apart as 等保 level 3 asks — all with the operator's initial password from
 * {@value #SETTING}, which each must change at the first sign-in. Nobody can sign in to an installation without
 * accounts, so starting one without the setting is refused.
 */
@ApplicationScoped
@Transactional
public class InitialAccounts {

    public static final String SETTING = "ZONEFLOW_INITIAL_PASSWORD";

    /** User name → display name and role. */
    private static final Map<String, Map.Entry<String, Role>> ACCOUNTS = Map.of(
            "admin", Map.entry("系统管理员", Role.ADMIN),
            "security", Map.entry("安全管理员", Role.SECURITY),
            "auditor", Map.entry("安全审计员", Role.AUDITOR));

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    public InitialAccounts() {
    }

    InitialAccounts(UserAccountRepository accounts, PasswordHashing hashing) {
        this.accounts = accounts;
        this.hashing = hashing;
    }

    /** From the environment (or the Java system property of the same name). */
    public static Optional<String> initialPassword() {
        return Optional.ofNullable(System.getProperty(SETTING, System.getenv(SETTING))).filter(text -> !text.isBlank());
    }

    /**
     * Creates the three accounts when the installation has none at all.
     *
     * @return the user names created; none when accounts exist
     * @throws MisconfigurationException when accounts are needed and the initial password is missing or too weak
     */
    public List<String> createIfNone(Optional<String> initialPassword) {
        if (accounts.count() > 0) {
            return List.of();
        }
        String password = initialPassword.orElseThrow(() -> new MisconfigurationException(SETTING,
                "is required on a database without accounts: it becomes the initial password of admin, security"
                        + " and auditor, each to be changed at the first sign-in"));
        List<String> created = ACCOUNTS.keySet().stream().sorted().toList();
        for (String username : created) {
            PasswordPolicy.problem(username, password).ifPresent(problem -> {
                throw new MisconfigurationException(SETTING, "does not meet the password rules (at least "
                        + PasswordPolicy.MIN_LENGTH + " characters of three kinds: lower case, upper case, digits,"
                        + " others; not a user name)");
            });
        }
        for (String username : created) {
            Map.Entry<String, Role> account = ACCOUNTS.get(username);
            accounts.add(UserAccount.provinceWide(username, account.getKey(), hashing.hash(password.toCharArray()),
                    account.getValue()).withTemporaryPassword());
        }
        return created;
    }
}
