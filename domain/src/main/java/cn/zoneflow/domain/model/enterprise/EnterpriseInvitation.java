package cn.zoneflow.domain.model.enterprise;

import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The zone's invitation for an enterprise's contact to the portal, issued from one of the enterprise's projects. Its
 * code is shown once and only its hash kept; it is accepted once, within {@link #VALIDITY}, unless the zone revokes it
 * first. Accepting it makes the contact's account, bound to the enterprise's credit code.
 */
@Entity
@Table(name = "enterprise_invitation")
public class EnterpriseInvitation {

    public static final Duration VALIDITY = Duration.ofDays(7);
    public static final int CONTACT_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "invitationIds")
    @TableGenerator(name = "invitationIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "enterprise_invitation", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "contact_name", nullable = false, length = CONTACT_MAX_LENGTH)
    private String contactName;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "account_username", length = 60)
    private String accountUsername;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Version
    @Column(name = "version")
    private long version;

    protected EnterpriseInvitation() {
    }

    public EnterpriseInvitation(Project project, String contactName, InvitationCode code, String issuedBy,
            LocalDateTime issuedAt) {
        this.project = Objects.requireNonNull(project, "project");
        this.enterprise = project.enterprise();
        this.contactName = Objects.requireNonNull(contactName, "contactName");
        this.codeHash = code.hash();
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = issuedAt.plus(VALIDITY);
    }

    public InvitationStatus statusAt(LocalDateTime now) {
        if (acceptedAt != null) {
            return InvitationStatus.ACCEPTED;
        }
        if (revokedAt != null) {
            return InvitationStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.VALID : InvitationStatus.EXPIRED;
    }

    /**
     * The contact set their password with it.
     *
     * @throws IllegalStateException unless it is valid at that moment
     */
    public void accept(String username, LocalDateTime now) {
        requireValid(now);
        this.accountUsername = Objects.requireNonNull(username, "username");
        this.acceptedAt = now;
    }

    /**
     * The zone withdrew it.
     *
     * @throws IllegalStateException unless it is still valid
     */
    public void revoke(String by, LocalDateTime now) {
        requireValid(now);
        this.revokedBy = Objects.requireNonNull(by, "by");
        this.revokedAt = now;
    }

    private void requireValid(LocalDateTime now) {
        if (statusAt(now) != InvitationStatus.VALID) {
            throw new IllegalStateException("invitation " + id + " is " + statusAt(now));
        }
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String contactName() {
        return contactName;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDateTime issuedAt() {
        return issuedAt;
    }

    public LocalDateTime expiresAt() {
        return expiresAt;
    }

    public LocalDateTime acceptedAt() {
        return acceptedAt;
    }

    public String accountUsername() {
        return accountUsername;
    }

    public LocalDateTime revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
