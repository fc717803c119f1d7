package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.enterprise.EnterpriseInvitation;
import cn.zoneflow.domain.model.enterprise.InvitationCode;
import cn.zoneflow.domain.model.enterprise.InvitationRepository;
import cn.zoneflow.domain.model.enterprise.InvitationStatus;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The enterprise comes on line only by the zone's invitation: the zone's officers and managers issue one from a
 * project for the enterprise's contact (the code shown once, to be printed or read out), may revoke it while unused,
 * and the contact accepts it once, within its days, by choosing a user name and a password, which makes the
 * enterprise's account. Wrong codes count against the address as failed sign-ins do, so guessing is throttled with
 * them; every issue, revocation, acceptance and refusal is audited.
 */
@ApplicationScoped
@Transactional
public class EnterpriseInvitations {

    public static final String CODE = "code";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    public static final String CONTACT = "contactName";
    private static final String OBJECT = "invitation";

    /** An invitation just issued and its code, which is not kept and cannot be shown again. */
    public record Issued(EnterpriseInvitation invitation, InvitationCode code) {
    }

    /** What the contact enters to accept: the code, the user name they choose and their password, twice. */
    public record Acceptance(String code, String username, String password, String passwordAgain) {
    }

    @Inject
    private ProjectRepository projects;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private AuditTrail audit;

    /**
     * @throws NoSuchElementException when the project is not within the actor's zone
     * @throws RoleRequiredException unless the actor is the zone's officer or manager
     * @throws InvalidInputException when the contact's name is missing or wrong; nothing is written
     */
    public Issued issue(UserAccount actor, long projectId, String contactName) {
        Project project = zoneProject(actor, projectId);
        InputReader reader = new InputReader();
        String contact = reader.text(CONTACT, contactName, EnterpriseInvitation.CONTACT_MAX_LENGTH, true);
        reader.finish();
        InvitationCode code = InvitationCode.random();
        EnterpriseInvitation invitation = new EnterpriseInvitation(project, contact, code, actor.username(),
                ChinaTime.nowInChina());
        invitations.add(invitation);
        audit.record(AuditEvent.success(AuditAction.INVITATION_ISSUED, "project", project.code().value())
                .withDetail(project.enterprise().creditCode().value() + " " + contact));
        return new Issued(invitation, code);
    }

    /**
     * @throws NoSuchElementException when the project is not within the actor's zone or has no such invitation
     * @throws InvalidInputException when it is no longer valid; nothing is written
     */
    public EnterpriseInvitation revoke(UserAccount actor, long projectId, long invitationId) {
        Project project = zoneProject(actor, projectId);
        EnterpriseInvitation invitation = invitations.find(invitationId)
                .filter(found -> found.project().equals(project))
                .orElseThrow(() -> new NoSuchElementException("invitation " + invitationId));
        LocalDateTime now = ChinaTime.nowInChina();
        InvitationStatus status = invitation.statusAt(now);
        if (status != InvitationStatus.VALID) {
            throw InvalidInputException.of("invitation", "invitation.notValid", status.name());
        }
        invitation.revoke(actor.username(), now);
        audit.record(AuditEvent.success(AuditAction.INVITATION_REVOKED, "project", invitation.project().code().value())
                .withDetail(invitation.contactName()));
        return invitation;
    }

    /**
     * The invitations issued from a project, the latest first.
     *
     * @throws NoSuchElementException when the project is not within the actor's zone
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnterpriseInvitation> ofProject(UserAccount actor, long projectId) {
        return invitations.ofProject(zoneProject(actor, projectId).id());
    }

    /**
     * The contact accepts an invitation from an address: their account is made and the invitation used up.
     *
     * @throws InvalidInputException naming every wrong field (the code, the user name, the password); nothing is
     *                               written but the audit entry and the throttle's count of a wrong code
     */
    public UserAccount accept(Acceptance input, String address) {
        InputReader reader = new InputReader();
        if (throttle.refusal(address).isPresent()) {
            refuse(reader, "invitation.throttled", address);
        }
        Optional<InvitationCode> code = reader.optional(CODE, input.code(), InvitationCode::of);
        if (input.code() == null || input.code().isBlank()) {
            reader.reject(CODE, "field.required", "");
        }
        LocalDateTime now = ChinaTime.nowInChina();
        Optional<EnterpriseInvitation> invitation = code.flatMap(invitations::findByCode);
        if (code.isPresent() && invitation.isEmpty()) {
            refuse(reader, "invitation.code.unknown", address);
        }
        invitation.map(found -> found.statusAt(now)).filter(status -> status != InvitationStatus.VALID)
                .ifPresent(status -> refuse(reader, "invitation.code." + status.name().toLowerCase(), address));
        String username = reader.required(USERNAME, input.username(), AccountAdministration::username);
        if (username != null && accounts.findByUsername(username).isPresent()) {
            reader.reject(USERNAME, "account.username.taken", username);
        }
        AccountAdministration.checkPassword(reader, PASSWORD, username, input.password());
        if (input.password() != null && !input.password().equals(input.passwordAgain())) {
            reader.rejectUnlessRefused(PASSWORD, "password.confirmation.mismatch", "");
        }
        reader.finish();
        EnterpriseInvitation accepted = invitation.orElseThrow();
        UserAccount account = UserAccount.ofEnterprise(username, accepted.contactName(),
                hashing.hash(input.password().toCharArray()), accepted.enterprise());
        accounts.add(account);
        accepted.accept(username, now);
        audit.record(AuditEvent.success(AuditAction.INVITATION_ACCEPTED, "account", username)
                .withDetail(accepted.enterprise().creditCode().value() + " " + accepted.project().code().value()));
        return account;
    }

    private void refuse(InputReader reader, String messageKey, String address) {
        if (!reader.refuses(CODE)) {
            reader.reject(CODE, messageKey, "");
            throttle.failed(address);
            audit.recordSeparately(new AuditEvent(AuditAction.INVITATION_ACCEPTED, OBJECT, null, AuditResult.DENIED,
                    messageKey));
        }
    }

    private Project zoneProject(UserAccount actor, long projectId) {
        Project project = projects.findWithin(actor.scope(), projectId);
        if (actor.role() != Role.OFFICER && actor.role() != Role.MANAGER) {
            throw new RoleRequiredException(actor, Role.OFFICER);
        }
        return project;
    }
}
