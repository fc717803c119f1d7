package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;

/**
 * What a user does. Officers (代办员) handle a zone's tasks, managers (管委会) approve its stage moves,
 * supervisors (督办) watch deadlines of a city or the province, and a leader in charge (包联领导) of a zone, a city or
 * the province follows the projects assigned to them, and only those. The system administrator, the security
 * administrator and the auditor are separate accounts, as classified protection level 3 asks. An enterprise's
 * contact (企业) signs in to the portal for its own projects; the zone invites it, no administrator creates it. A
 * department's user (审批部门) signs in to the portal to answer the procedures addressed to their department.
 */
public enum Role {
    OFFICER,
    MANAGER,
    SUPERVISOR,
    ADMIN,
    SECURITY,
    AUDITOR,
    LEADER,
    ENTERPRISE,
    DEPARTMENT;

    /**
     * Whether the role's work is the projects themselves. The system administrator, the security administrator and
     * the auditor are kept apart from it (等保 level 3): each sees only what their own duty needs.
     */
    public boolean worksOnProjects() {
        return this == OFFICER || this == MANAGER || this == SUPERVISOR;
    }

    /** Whether an account of the role works for one zone and must name it: officers and managers. */
    public boolean needsZone() {
        return this == OFFICER || this == MANAGER;
    }

    /** Whether an account of the role may work for one zone: those who must, and a zone's leaders. */
    public boolean mayHaveZone() {
        return needsZone() || this == LEADER;
    }

    /** Whether an account of the role may work for one city rather than the province: supervisors and leaders. */
    public boolean mayHaveCity() {
        return this == SUPERVISOR || this == LEADER;
    }

    /** Whether the role visits enterprises (入企服务) and records it: a zone's officers and managers, and leaders. */
    public boolean visitsEnterprises() {
        return this == OFFICER || this == MANAGER || this == LEADER;
    }

    /**
     * Whether the role goes back to an enterprise after its 差评 (回访) and records it: the zone that serves the
     * enterprise, its officers and managers.
     */
    public boolean returnsVisits() {
        return this == OFFICER || this == MANAGER;
    }

    /**
     * Whether the role raises problems (问题) for the projects it sees: the zone's officers and managers, supervisors
     * and leaders, and the enterprise its 诉求 for its own; the administrators keep out of the projects' business.
     */
    public boolean raisesProblems() {
        return worksOnProjects() || this == LEADER || this == ENTERPRISE;
    }

    /** Whether the role is an outside party's, reaching the portal and nothing of the administration's screens. */
    public boolean isOutsideParty() {
        return this == ENTERPRISE || this == DEPARTMENT;
    }

    /** Whether an account of the role comes only by the zone's invitation: the enterprise's, never an administrator's. */
    public boolean comesByInvitation() {
        return this == ENTERPRISE;
    }

    /** Whether an account of the role works for one issuing department and must name it. */
    public boolean needsDepartment() {
        return this == DEPARTMENT;
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

    /** The engine's candidate group for one department's work, e.g. {@code department:department-3}. */
    public String groupIn(Department department) {
        return roleName() + ":department-" + department.id();
    }

    /**
     * The engine's candidate group for one enterprise's own steps, by its 统一社会信用代码 as the portal knows it, e.g.
     * {@code enterprise:credit-91140700MA0KXXXX1A}.
     */
    public String groupIn(Enterprise enterprise) {
        return roleName() + ":credit-" + enterprise.creditCode().value();
    }

    /** The engine's candidate group for this role's work for the province itself, e.g. {@code supervisor:province}. */
    public String groupInProvince() {
        return roleName() + ":province";
    }
}
