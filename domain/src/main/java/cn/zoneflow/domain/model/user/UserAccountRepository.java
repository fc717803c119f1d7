package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.zone.Zone;
import java.util.List;
import java.util.Optional;

/** The accounts people sign in with. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    /** The enabled accounts of a zone with one of the roles, by user name: e.g. who may be named its specialist. */
    List<UserAccount> inZone(Zone zone, Role... roles);

    /**
     * The enabled leaders' accounts that may be put in charge of a project of the zone: its own leaders, its city's and
     * the province's, by name.
     */
    List<UserAccount> leadersOver(Zone zone);

    /** Every account, enabled or not, by role and user name: what the security administrator manages. */
    List<UserAccount> all();

    void add(UserAccount account);

    long count();

    /** Whether the enterprise has an enabled account of its own on the portal. */
    boolean hasEnabledAccountOf(Enterprise enterprise);

    /** The enterprise's enabled accounts on the portal. */
    List<UserAccount> enabledAccountsOf(Enterprise enterprise);

    /** How many accounts are the demonstration's, all with the demo password. */
    long countDemo();
}
