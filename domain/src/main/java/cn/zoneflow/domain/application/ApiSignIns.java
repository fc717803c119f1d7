package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.ApiToken;
import cn.zoneflow.domain.model.user.ApiTokenRepository;
import cn.zoneflow.domain.model.user.BearerToken;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * API clients sign in once — with their password, checked by the caller of {@link #issue} — and then present a token
 * with each call, so the slow password hash is paid at sign-in, not per request. Reading a token is one keyed read of
 * the token with its account.
 */
@ApplicationScoped
public class ApiSignIns {

    /** Who a valid token signs in. */
    public record Caller(String username, Set<String> groups) {
    }

    private static final String CHANNEL = "api token";

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private AuditTrail audit;

    private final Clock clock = ChinaTime.clock();

    /**
     * Issues a token for an account whose password was just checked, and forgets the account's expired ones. The token
     * is shown to its client once and never again: only its hash is kept.
     *
     * @throws java.util.NoSuchElementException when there is no such account
     */
    @Transactional
    public BearerToken issue(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        Instant now = clock.instant();
        tokens.forgetExpired(account, now);
        BearerToken token = BearerToken.random();
        tokens.add(ApiToken.issue(token, account, now));
        audit.recordSignIn(username, AuditResult.SUCCESS, CHANNEL);
        return token;
    }

    /** Who the token signs in at this moment; none for a token unknown, expired, signed out or outdated. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> signedIn(BearerToken token) {
        Instant now = clock.instant();
        return tokens.find(token.hash())
                .filter(found -> found.isValidAt(now))
                .map(ApiToken::account)
                .map(account -> new Caller(account.username(), account.groups()));
    }

    /** Whether the token was ever issued here and not yet forgotten, whatever it is worth now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean wasIssued(BearerToken token) {
        return tokens.find(token.hash()).isPresent();
    }

    /** Its client signs out: the token opens nothing any more. */
    @Transactional
    public void signOut(BearerToken token) {
        Instant now = clock.instant();
        tokens.find(token.hash()).filter(valid -> valid.isValidAt(now)).ifPresent(valid -> {
            valid.revoke(now);
            audit.record(AuditEvent.success(AuditAction.LOGOUT, "user", valid.account().username()));
        });
    }
}
