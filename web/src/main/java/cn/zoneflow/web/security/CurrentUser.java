package cn.zoneflow.web.security;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.workflow.task.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in user's account, looked up once per request. */
@Named
@RequestScoped
public class CurrentUser {

    private static final String INBOX = "/task/inbox.xhtml";

    private static final String DEPARTMENT_START = "/portal/department/index.xhtml";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Messages messages;

    private UserAccount account;

    public Optional<UserAccount> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                return Optional.empty();
            }
            account = accounts.findByUsername(principal.getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public UserAccount required() {
        return account().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public Actor actor() {
        return Actor.of(required());
    }

    public String getDisplayName() {
        return account().map(UserAccount::displayName).orElse("");
    }

    /** The zone, the city, 全省 for those who see the whole province, or an enterprise's or a department's own name. */
    public String getScopeName() {
        return account().map(user -> user.enterprise().map(Enterprise::name)
                .or(() -> user.department().map(Department::name)).orElseGet(() -> user.zone() != null
                ? user.zone().name()
                : user.city() != null ? user.city().fullName() : messages.get("scope.province"))).orElse("");
    }

    /**
     * The enterprise whose contact is signed in, for the portal's pages and calls, which only enterprises reach.
     *
     * @throws IllegalStateException for anyone else
     */
    public Reach.OfEnterprise enterprise() {
        if (required().reach() instanceof Reach.OfEnterprise enterprise) {
            return enterprise;
        }
        throw new IllegalStateException("not an enterprise's account: " + required().username());
    }

    /** Whether the user works on projects; the administrators' accounts see none of the project screens. */
    public boolean isWorksOnProjects() {
        return account().map(user -> user.role().worksOnProjects()).orElse(false);
    }

    /**
     * Where the user starts, and goes back to from an error: the inbox for those who work on projects, the screen of
     * their duty for the administrators, their projects for a leader in charge and for an enterprise, the procedures
     * to answer for a department's user.
     */
    public String getStartPage() {
        return account().map(user -> switch (user.role()) {
            case ADMIN -> "/admin/incidents.xhtml";
            case SECURITY -> "/admin/users.xhtml";
            case AUDITOR -> "/audit/trail.xhtml";
            case LEADER -> "/leader/projects.xhtml";
            case ENTERPRISE -> "/portal/index.xhtml";
            case DEPARTMENT -> DEPARTMENT_START;
            default -> INBOX;
        }).orElse(INBOX);
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /**
     * Registering, importing and reporting a project's investment is the zone's own work, its officers' and
     * managers'; supervisors supervise it.
     *
     * @throws RoleRequiredException for anyone else
     */
    public void requireZoneWork() {
        if (!hasRole(Role.OFFICER.roleName()) && !hasRole(Role.MANAGER.roleName())) {
            throw new RoleRequiredException(required(), Role.OFFICER);
        }
    }
}
