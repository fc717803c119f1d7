package cn.zoneflow.web.admin;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import java.io.Serializable;

/**
 * The role and scope a form gives an account, as selected: a zone for officers and managers, a city (or none for
 * the whole province) for supervisors, a zone, a city or neither for leaders in charge, their department for a
 * department's user, neither for the administrators.
 */
public class Placement implements Serializable {

    private static final long serialVersionUID = 1L;

    private Role role;
    private String zone;
    private String city;
    private String department;

    static Placement of(UserAccount account) {
        Placement placement = new Placement();
        placement.role = account.role();
        placement.zone = account.zone() == null ? null : account.zone().name();
        placement.city = account.city() == null ? null : account.city().fullName();
        placement.department = account.department().map(Department::name).orElse(null);
        return placement;
    }

    /** Whether the role may work for one zone: officers and managers must, leaders may. */
    public boolean isZoneRole() {
        return role != null && role.mayHaveZone();
    }

    /** Whether the zone must be chosen, as for officers and managers. */
    public boolean isZoneRequired() {
        return role != null && role.needsZone();
    }

    public boolean isCityRole() {
        return role != null && role.mayHaveCity();
    }

    public boolean isDepartmentRole() {
        return role != null && role.needsDepartment();
    }

    String roleName() {
        return role == null ? null : role.name();
    }

    /** The zone or city only where the role has one: a value left from an earlier choice of role counts not. */
    String zoneName() {
        return isZoneRole() ? zone : null;
    }

    String cityName() {
        return isCityRole() ? city : null;
    }

    String departmentName() {
        return isDepartmentRole() ? department : null;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
