package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.PasswordPolicy;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The security administrator's work on accounts (安全管理员): create one with a role, a scope and a temporary
 * password, give it another role or scope, disable and enable it, unlock it, reset its password. Every change is
 * audited; a refused input changes nothing. Only the security administrator may do any of it, and not disable
 * their own account, so that the installation keeps someone who can manage accounts.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    /** Lower-case letters, digits and . _ -, starting with a letter: readable in the audit trail and in URLs. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");
    public static final int DISPLAY_NAME_MAX_LENGTH = 60;

    /**
     * An account as the form typed it: role by its name ({@code OFFICER} …), zone, city and a department's user's
     * department by name.
     */
    public record NewAccount(String username, String displayName, String role, String zone, String city,
            String department, String temporaryPassword) {
    }

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ZoneRepository zones;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> accounts(UserAccount actor) {
        RoleRequiredException.check(actor, Role.SECURITY);
        return accounts.all();
    }

    /**
     * @throws InvalidInputException naming every wrong field; nothing is written
     */
    public UserAccount create(UserAccount actor, NewAccount input) {
        RoleRequiredException.check(actor, Role.SECURITY);
        InputReader reader = new InputReader();
        String username = reader.required("username", input.username(), AccountAdministration::username);
        if (username != null && accounts.findByUsername(username).isPresent()) {
            reader.reject("username", "account.username.taken", username);
        }
        String displayName = reader.text("displayName", input.displayName(), DISPLAY_NAME_MAX_LENGTH, true);
        Placement placement = placement(reader, input.role(), input.zone(), input.city());
        Department department = placement.role() != null && placement.role().needsDepartment()
                ? reader.required("department", input.department(), this::department) : null;
        checkPassword(reader, "temporaryPassword", username, input.temporaryPassword());
        reader.finish();
        String hash = hashing.hash(input.temporaryPassword().toCharArray());
        UserAccount account = (department != null ? UserAccount.ofDepartment(username, displayName, hash, department)
                : UserAccount.withScope(username, displayName, hash, placement.role(), placement.zone(),
                        placement.city())).withTemporaryPassword();
        accounts.add(account);
        audit.record(AuditEvent.success(AuditAction.ACCOUNT_CREATED, "account", username)
                .withDetail(describe(account)));
        return account;
    }

    /** Another role or scope for an existing account. */
    public void assign(UserAccount actor, String username, String role, String zone, String city) {
        RoleRequiredException.check(actor, Role.SECURITY);
        UserAccount account = existing(username);
        InputReader reader = new InputReader();
        if (account.role().isOutsideParty()) {
            reader.reject("role", "account.role.outsideKept", username);
        }
        Placement placement = placement(reader, role, zone, city);
        if (placement.role() != null && placement.role().needsDepartment()) {
            reader.reject("role", "account.role.departmentCreated", role);
        }
        reader.finish();
        account.assign(placement.role(), placement.zone(), placement.city());
        audit.record(AuditEvent.success(AuditAction.ACCOUNT_ASSIGNED, "account", username)
                .withDetail(describe(account)));
    }

    /** Refuses sign-in from now on; the account and everything it did stay. */
    public void disable(UserAccount actor, String username) {
        RoleRequiredException.check(actor, Role.SECURITY);
        if (actor.username().equals(username)) {
            throw InvalidInputException.of("username", "account.disable.self", username);
        }
        existing(username).disable();
        audit.record(AuditEvent.success(AuditAction.ACCOUNT_DISABLED, "account", username));
    }

    public void enable(UserAccount actor, String username) {
        RoleRequiredException.check(actor, Role.SECURITY);
        existing(username).enable();
        audit.record(AuditEvent.success(AuditAction.ACCOUNT_ENABLED, "account", username));
    }

    /** Lifts a lockout after failed sign-ins before its fifteen minutes are over. */
    public void unlock(UserAccount actor, String username) {
        RoleRequiredException.check(actor, Role.SECURITY);
        existing(username).unlock();
        audit.record(AuditEvent.success(AuditAction.ACCOUNT_UNLOCKED, "account", username));
    }

    /** A temporary password for someone who forgot theirs; they must change it at their next sign-in. */
    public void resetPassword(UserAccount actor, String username, String temporaryPassword) {
        RoleRequiredException.check(actor, Role.SECURITY);
        UserAccount account = existing(username);
        InputReader reader = new InputReader();
        checkPassword(reader, "temporaryPassword", username, temporaryPassword);
        reader.finish();
        account.resetPassword(hashing.hash(temporaryPassword.toCharArray()));
        audit.record(AuditEvent.success(AuditAction.PASSWORD_RESET, "account", username));
    }

    /** The password rules, recorded against the field without echoing the password. */
    static void checkPassword(InputReader reader, String field, String username, String password) {
        PasswordPolicy.problem(username, password).ifPresent(key -> reader.reject(field, key, ""));
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new NoSuchElementException("no account " + username));
    }

    private record Placement(Role role, Zone zone, City city) {
    }

    /**
     * The role and the scope it needs: a zone for officers and managers, a city or none for supervisors, a zone, a
     * city or none for leaders.
     */
    private Placement placement(InputReader reader, String roleName, String zoneName, String cityName) {
        Role role = reader.required("role", roleName, AccountAdministration::role);
        if (role == null) {
            return new Placement(null, null, null);
        }
        Zone zone = null;
        if (role.needsZone()) {
            zone = reader.required("zone", zoneName, this::zone);
        } else if (role.mayHaveZone()) {
            zone = reader.optional("zone", zoneName, this::zone).orElse(null);
        }
        City city = role.mayHaveCity() ? reader.optional("city", cityName, this::city).orElse(null) : null;
        if (zone != null && city != null) {
            reader.reject("city", "account.city.withZone", city.fullName());
        }
        return new Placement(role, zone, city);
    }

    private Zone zone(String name) {
        return zones.zoneCalled(name).orElseThrow(() -> new InvalidValueException("zone.unknown", name));
    }

    private Department department(String name) {
        return departments.findByName(name).orElseThrow(() -> new InvalidValueException("department.unknown", name));
    }

    private City city(String name) {
        return zones.cities().stream()
                .filter(city -> city.name().equals(name) || city.fullName().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("city.unknown", name));
    }

    /** A role the security administrator may give: an enterprise's account comes only by the zone's invitation. */
    private static Role role(String name) {
        Role role;
        try {
            role = Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("account.role.unknown", name);
        }
        if (role.comesByInvitation()) {
            throw new InvalidValueException("account.role.byInvitation", name);
        }
        return role;
    }

    static String username(String text) {
        if (!USERNAME.matcher(text).matches()) {
            throw new InvalidValueException("account.username.format", text);
        }
        return text;
    }

    private static String describe(UserAccount account) {
        return account.role().roleName() + " " + Optional.ofNullable(account.zone()).map(Zone::name)
                .or(() -> Optional.ofNullable(account.city()).map(City::fullName))
                .or(() -> account.department().map(Department::name)).orElse("province");
    }
}
