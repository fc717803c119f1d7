package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Decides a sign-in attempt and remembers its outcome in its own transaction, so a failed attempt is counted even
 * though the request that made it fails: enabled, not locked, and the password matches the stored hash.
 */
@ApplicationScoped
public class SignIns {

    /** How an attempt ended. */
    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        LOCKED
    }

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    private final Clock clock = ChinaTime.clock();

    /**
     * @param passwordMatches whether the password given matches a stored hash
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome attempt(String username, Predicate<String> passwordMatches) {
        Optional<UserAccount> found = accounts.findByUsername(username).filter(UserAccount::isEnabled);
        if (found.isEmpty()) {
            return Outcome.REFUSED;
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            return Outcome.LOCKED;
        }
        if (!passwordMatches.test(account.passwordHash())) {
            account.recordFailedLogin(clock.instant());
            if (account.isLockedAt(clock.instant())) {
                audit.recordAccountLocked(username);
                return Outcome.LOCKED;
            }
            return Outcome.REFUSED;
        }
        account.recordSuccessfulLogin();
        return Outcome.SIGNED_IN;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean isLocked(String username) {
        return accounts.findByUsername(username).filter(account -> account.isLockedAt(clock.instant())).isPresent();
    }
}
