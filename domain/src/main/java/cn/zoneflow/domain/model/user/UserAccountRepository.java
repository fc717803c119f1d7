package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.zone.Zone;
import java.util.List;
import java.util.Optional;

/** The accounts people sign in with. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The enabled officers of a zone, by user name: who may be named its agency specialist. */
    List<UserAccount> officersOf(Zone zone);

    void add(UserAccount account);

    long count();
}
