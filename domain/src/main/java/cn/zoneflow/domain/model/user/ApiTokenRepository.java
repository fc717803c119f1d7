package cn.zoneflow.domain.model.user;

import java.time.Instant;
import java.util.Optional;

/** The API tokens issued and not yet forgotten. */
public interface ApiTokenRepository {

    void add(ApiToken token);

    /** The token kept under this hash, with its account, in one read. */
    Optional<ApiToken> find(String tokenHash);

    /** Forgets the account's tokens that expired before the moment given: they can open nothing any more. */
    int forgetExpired(UserAccount account, Instant before);
}
