package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to ZoneFlow. Has one role and one scope: a zone (officers and managers), a city
 * or, with neither, the whole province (supervisors); an enterprise's account has its enterprise instead and reaches
 * only the portal. The security administrator creates accounts with a temporary
 * password, which the owner replaces at the first sign-in; accounts are disabled, never deleted, so the audit
 * trail keeps pointing at someone; five failed sign-ins in a row lock one for fifteen minutes.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "userIds")
    @TableGenerator(name = "userIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "user_account", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "zone_id")
    private Zone zone;

    @ManyToOne
    @JoinColumn(name = "city_code")
    private City city;

    @ManyToOne
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @ManyToOne
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "password_must_change", nullable = false)
    private boolean passwordMustChange;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    /** In UTC: the persistence provider maps LocalDateTime natively on every database, Instant not. */
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    /**
     * Counts the changes that take back what the account was trusted with — its password, its role and scope, its
     * being enabled — so that an API token issued before one of them is worth nothing after it.
     */
    @Column(name = "credentials_stamp", nullable = false)
    private int credentialsStamp;

    /** Where the user's messages are also sent by e-mail; without one, none is sent. */
    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    private EmailAddress email;

    /** When the user last opened their messages: whatever came after is new to them. */
    @Column(name = "messages_seen_at")
    private LocalDateTime messagesSeenAt;

    @Version
    @Column(name = "version")
    private long version;

    protected UserAccount() {
    }

    private UserAccount(String username, String displayName, String passwordHash, Role role, Zone zone, City city) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.zone = zone;
        this.city = city;
    }

    /** An officer or manager working for one zone. */
    public static UserAccount inZone(String username, String displayName, String passwordHash, Role role, Zone zone) {
        return withScope(username, displayName, passwordHash, role, Objects.requireNonNull(zone, "zone"), null);
    }

    /** A supervisor of one city's zones. */
    public static UserAccount inCity(String username, String displayName, String passwordHash, City city) {
        return withScope(username, displayName, passwordHash, Role.SUPERVISOR, null,
                Objects.requireNonNull(city, "city"));
    }

    /** A province-wide account: a provincial supervisor or one of the three administrators. */
    public static UserAccount provinceWide(String username, String displayName, String passwordHash, Role role) {
        return withScope(username, displayName, passwordHash, role, null, null);
    }

    /** An account of any role with the scope it allows: a zone, a city (supervisors, leaders) or the province. */
    public static UserAccount withScope(String username, String displayName, String passwordHash, Role role,
            Zone zone, City city) {
        checkScope(role, zone, city);
        return new UserAccount(username, displayName, passwordHash, role, zone, city);
    }

    /**
     * The account of an enterprise's contact, bound to the enterprise by its credit code; its password is the one the
     * contact chose on accepting the zone's invitation.
     */
    public static UserAccount ofEnterprise(String username, String displayName, String passwordHash,
            Enterprise enterprise) {
        UserAccount account = new UserAccount(username, displayName, passwordHash, Role.ENTERPRISE, null, null);
        account.enterprise = Objects.requireNonNull(enterprise, "enterprise");
        return account;
    }

    /** A user of an issuing department, who answers the procedures addressed to it on the portal. */
    public static UserAccount ofDepartment(String username, String displayName, String passwordHash,
            Department department) {
        UserAccount account = new UserAccount(username, displayName, passwordHash, Role.DEPARTMENT, null, null);
        account.department = Objects.requireNonNull(department, "department");
        return account;
    }

    private static void checkScope(Role role, Zone zone, City city) {
        if (role.isOutsideParty()) {
            throw new IllegalArgumentException("an outside party's account has its enterprise or department, not role "
                    + role + " in a place");
        }
        if (role.needsZone() && zone == null || zone != null && !role.mayHaveZone()
                || city != null && !role.mayHaveCity() || zone != null && city != null) {
            throw new IllegalArgumentException("role " + role + " does not fit zone " + zone + " and city " + city);
        }
    }

    public UserAccount markedAsDemo() {
        this.demo = true;
        return this;
    }

    /** The password was set by an administrator: its owner must replace it before doing anything else. */
    public UserAccount withTemporaryPassword() {
        this.passwordMustChange = true;
        return this;
    }

    /** The owner's own new password, which ends the need to change it. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordMustChange = false;
        credentialsStamp++;
    }

    /** A temporary password from the security administrator, for someone who forgot theirs; it also unlocks. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = Objects.requireNonNull(temporaryHash);
        this.passwordMustChange = true;
        credentialsStamp++;
        unlock();
    }

    /** Gives the account another role and scope: a zone for officers and managers, a city or none otherwise. */
    public void assign(Role role, Zone zone, City city) {
        if (enterprise != null || department != null) {
            throw new IllegalStateException("an outside party's account keeps its enterprise or department: "
                    + username);
        }
        checkScope(role, zone, city);
        this.role = role;
        this.zone = zone;
        this.city = city;
        credentialsStamp++;
    }

    public void disable() {
        this.enabled = false;
        credentialsStamp++;
    }

    public void enable() {
        this.enabled = true;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Whether sign-in is refused at this moment because of too many failed attempts. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil.toInstant(ZoneOffset.UTC));
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for {@link #LOCK_DURATION}. */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = LocalDateTime.ofInstant(now.plus(LOCK_DURATION), ZoneOffset.UTC);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        unlock();
    }

    /**
     * The groups the container and the engine know this user by: the role, and the role within the zone, city,
     * department or enterprise.
     */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(role.roleName());
        if (zone != null) {
            groups.add(role.groupIn(zone));
        }
        if (city != null) {
            groups.add(role.groupIn(city));
        }
        if (department != null) {
            groups.add(role.groupIn(department));
        }
        if (enterprise != null) {
            groups.add(role.groupIn(enterprise));
        }
        if (zone == null && city == null && role.mayHaveCity()) {
            groups.add(role.groupInProvince());
        }
        return groups;
    }

    /**
     * The zone, city or province whose data this user works on.
     *
     * @throws IllegalStateException for an outside party's account, which has no place: its reach is {@link #reach()}
     */
    public Scope scope() {
        if (enterprise != null || department != null) {
            throw new IllegalStateException("an outside party's account has no place: " + username);
        }
        if (zone != null) {
            return Scope.ofZone(zone.id());
        }
        return city != null ? Scope.ofCity(city.divisionCode()) : Scope.PROVINCE;
    }

    /** What the user may see: a place of the administration, one enterprise's own projects or one department's work. */
    public Reach reach() {
        if (department != null) {
            return new Reach.OfDepartment(department.id());
        }
        return enterprise != null ? new Reach.OfEnterprise(enterprise.creditCode()) : scope();
    }

    /** The department of a department's user; empty for every other account. */
    public Optional<Department> department() {
        return Optional.ofNullable(department);
    }

    /** The enterprise of an enterprise's account; empty for every account of the administration. */
    public Optional<Enterprise> enterprise() {
        return Optional.ofNullable(enterprise);
    }

    /** Sends the user's messages to this address from now on; none stops the e-mail. */
    public void mailMessagesTo(EmailAddress address) {
        this.email = address;
    }

    public Optional<EmailAddress> email() {
        return Optional.ofNullable(email);
    }

    /** The user opened their messages: those until now are no longer new. */
    public void sawMessages(LocalDateTime at) {
        if (messagesSeenAt == null || at.isAfter(messagesSeenAt)) {
            messagesSeenAt = at;
        }
    }

    /** Empty while the user never opened their messages. */
    public Optional<LocalDateTime> messagesSeenAt() {
        return Optional.ofNullable(messagesSeenAt);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Zone zone() {
        return zone;
    }

    public City city() {
        return city;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Changes with every new password, role, scope or disabling; see {@link ApiToken}. */
    public int credentialsStamp() {
        return credentialsStamp;
    }

    public boolean mustChangePassword() {
        return passwordMustChange;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
