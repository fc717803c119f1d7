package cn.zoneflow.web.account;

import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/** The people of a zone a form offers to choose from: the specialist of an agreement, the addressee of a notice. */
@ApplicationScoped
public class ZoneStaff {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ZoneRepository zones;

    /** Someone of the zone: the user name a choice stores and the name people know them by. */
    public record StaffMember(String username, String displayName) implements Serializable {
    }

    /** The zone's accounts in the given roles; none when no zone is called so. */
    public List<StaffMember> of(String zoneName, Role... roles) {
        return zones.zoneCalled(zoneName).map(zone -> accounts.inZone(zone, roles)).orElse(List.of()).stream()
                .map(account -> new StaffMember(account.username(), account.displayName())).toList();
    }
}
