package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;

/**
 * What a user does. Officers (代办员) handle a zone's tasks, managers (管委会) approve its stage moves,
 * supervisors (督办) watch deadlines of a city or the province. The system administrator, the security
 * administrator and the auditor are separate accounts, as classified protection level 3 asks.
 */
public enum Role {
    OFFICER,
    MANAGER,
    SUPERVISOR,
    ADMIN,
    SECURITY,
    AUDITOR;

    /**
     * Whether the role's work is the projects themselves. The system administrator, the security administrator and
     * the auditor are kept apart from it (等保 level 3): each sees only what their own duty needs.
     */
    public boolean worksOnProjects() {
        return this == OFFICER || this == MANAGER || this == SUPERVISOR;
    }

    /** The name containers and the process engine know the role by: {@code officer}, {@code manager} … */
    public String roleName() {
        return name().toLowerCase();
    }

    /** The engine's candidate group for this role's work in one zone, e.g. {@code officer:zone-12}. */
    public String groupIn(Zone zone) {
        return roleName() + ":zone-" + zone.id();
    }

    /** The engine's candidate group for this role's work in one city, e.g. {@code supervisor:city-140700}. */
    public String groupIn(City city) {
        return roleName() + ":city-" + city.divisionCode();
    }
}
