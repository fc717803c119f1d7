package cn.zoneflow.web.admin;

import cn.zoneflow.domain.application.AccountAdministration.NewAccount;
import cn.zoneflow.domain.application.AccountAdministration;
import cn.zoneflow.domain.application.DepartmentAdministration;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.place.CityItem;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * 用户管理: the security administrator lists every account with its role, scope and state, creates one with a
 * temporary password, gives one another role or scope, disables or enables it, lifts a lockout and resets a
 * password. Only the security administrator may open it.
 */
@Named
@ViewScoped
public class UserAdministrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SECURITY = "security";

    @Inject
    private transient AccountAdministration administration;

    @Inject
    private transient ReferenceLists referenceLists;

    @Inject
    private transient DepartmentAdministration departments;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private String username;
    private String displayName;
    private String temporaryPassword;
    private final Placement newPlacement = new Placement();

    /** The account a dialog works on, and what it enters there. */
    private String selected;
    private Placement selectedPlacement = new Placement();
    private String resetPassword;

    private transient List<UserAccount> accounts;

    public void load() throws IOException {
        pageAccess.deniedUnless(SECURITY);
    }

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            accounts = administration.accounts(currentUser.required());
        }
        return accounts;
    }

    public void create() {
        try {
            administration.create(currentUser.required(), new NewAccount(username, displayName,
                    newPlacement.roleName(), newPlacement.zoneName(), newPlacement.cityName(),
                    newPlacement.departmentName(), temporaryPassword));
        } catch (InvalidInputException e) {
            fieldMessages.show("create", e);
            return;
        }
        done("user_admin.message.info.created", username);
        username = null;
        displayName = null;
        temporaryPassword = null;
        newPlacement.setRole(null);
    }

    /** Opens a dialog on this account. */
    public void select(UserAccount account) {
        selected = account.username();
        selectedPlacement = Placement.of(account);
        resetPassword = null;
    }

    public void assign() {
        try {
            administration.assign(currentUser.required(), selected, selectedPlacement.roleName(),
                    selectedPlacement.zoneName(), selectedPlacement.cityName());
        } catch (InvalidInputException e) {
            fieldMessages.show("assign", e);
            return;
        }
        done("user_admin.message.info.assigned", selected);
    }

    public void reset() {
        try {
            administration.resetPassword(currentUser.required(), selected, resetPassword);
        } catch (InvalidInputException e) {
            fieldMessages.show("reset", e);
            return;
        }
        done("user_admin.message.info.reset", selected);
    }

    /** What the administrator is asked before disabling the account. */
    public String disableQuestion(UserAccount account) {
        return messages.get("user_admin.confirm.disable", account.username());
    }

    public void disable(UserAccount account) {
        try {
            administration.disable(currentUser.required(), account.username());
        } catch (InvalidInputException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "user_admin.message.warn.disableSelf");
            return;
        }
        done("user_admin.message.info.disabled", account.username());
    }

    public void enable(UserAccount account) {
        administration.enable(currentUser.required(), account.username());
        done("user_admin.message.info.enabled", account.username());
    }

    public void unlock(UserAccount account) {
        administration.unlock(currentUser.required(), account.username());
        done("user_admin.message.info.unlocked", account.username());
    }

    private void done(String key, String who) {
        accounts = null;
        messages.tell(FacesMessage.SEVERITY_INFO, key, who);
    }

    public boolean isLocked(UserAccount account) {
        return account.isLockedAt(ChinaTime.now());
    }

    /** The zone, the city, an enterprise's or a department's name, or 全省. */
    public String scopeOf(UserAccount account) {
        return account.zone() != null ? account.zone().name()
                : account.city() != null ? account.city().fullName()
                : account.enterprise().map(Enterprise::name).or(() -> account.department().map(Department::name))
                        .orElseGet(() -> messages.get("scope.province"));
    }

    public String roleName(Role role) {
        return messages.get("Role." + role.name());
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(role -> !role.comesByInvitation()).toList();
    }

    /** The departments a department's user may work for: those listed under 联动审批部门. */
    public List<String> getDepartmentNames() {
        return departments.departments(currentUser.required()).stream().map(Department::name).toList();
    }

    public List<String> getZoneNames() {
        return referenceLists.zones().stream().map(ZoneItem::name).toList();
    }

    public List<String> getCityNames() {
        return referenceLists.cities().stream().map(CityItem::fullName).toList();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }

    public Placement getNewPlacement() {
        return newPlacement;
    }

    public String getSelected() {
        return selected;
    }

    public Placement getSelectedPlacement() {
        return selectedPlacement;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
