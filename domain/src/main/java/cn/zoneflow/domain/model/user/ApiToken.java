package cn.zoneflow.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * An API client's sign-in: issued for a password checked once, then presented as a {@link BearerToken} with every
 * call instead of the password. It is good for {@link #LIFETIME} unless its client signs out first, and worth nothing
 * as soon as its account's password, role or scope changes or the account is disabled — the account's credentials
 * stamp is no longer the one it was issued under.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(name = "credentials_stamp", nullable = false)
    private int credentialsStamp;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    private ApiToken(BearerToken token, UserAccount account, Instant now) {
        this.tokenHash = token.hash();
        this.account = Objects.requireNonNull(account, "account");
        this.credentialsStamp = account.credentialsStamp();
        this.issuedAt = utc(now);
        this.expiresAt = utc(now.plus(LIFETIME));
    }

    public static ApiToken issue(BearerToken token, UserAccount account, Instant now) {
        return new ApiToken(token, account, now);
    }

    /** Whether a call presenting the token is its account's at this moment. */
    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt()) && account.isEnabled()
                && account.credentialsStamp() == credentialsStamp;
    }

    /** Its client signed out: the token is worth nothing from now on. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = utc(now);
        }
    }

    public UserAccount account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
