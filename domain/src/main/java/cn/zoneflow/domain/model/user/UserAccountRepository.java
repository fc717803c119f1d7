package cn.zoneflow.domain.model.user;

import java.util.Optional;

/** The accounts people sign in with. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    void add(UserAccount account);

    long count();
}
