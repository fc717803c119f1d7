package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.EnterpriseInvitations;
import cn.zoneflow.domain.model.enterprise.EnterpriseInvitation;
import cn.zoneflow.domain.model.enterprise.InvitationStatus;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 企业账号邀请 on a project's page, for the zone's officers and managers: the invitations issued for the enterprise's
 * contact with where each stands, the form to issue one, the code just issued (shown this once, to print or read
 * out) and revoking one still unused. The page has checked the project is within the user's zone.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An invitation as the page lists it. */
    public record InvitationRow(long id, String contactName, String issuedBy, LocalDateTime issuedAt,
            LocalDateTime expiresAt, InvitationStatus status, String accountUsername) implements Serializable {

        static InvitationRow of(EnterpriseInvitation invitation, LocalDateTime now) {
            return new InvitationRow(invitation.id(), invitation.contactName(), invitation.issuedBy(),
                    invitation.issuedAt(), invitation.expiresAt(), invitation.statusAt(now),
                    invitation.accountUsername());
        }
    }

    /** The code of the invitation just issued, with whom it is for and until when: never read again. */
    public record IssuedCode(String code, String contactName, String enterprise, LocalDateTime expiresAt)
            implements Serializable {
    }

    @Inject
    private transient EnterpriseInvitations invitations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient FieldMessages fieldMessages;

    private long projectId;
    private boolean inviting;
    private List<InvitationRow> rows = List.of();
    private String contactName;
    private IssuedCode issued;

    /** Reads the project's invitations for the zone's officers and managers; nothing for anyone else. */
    public void load(ProjectQueries.ProjectPage page) {
        inviting = page != null && (currentUser.hasRole("officer") || currentUser.hasRole("manager"));
        if (inviting) {
            projectId = page.summary().id();
            contactName = page.summary().contactPerson();
            reload();
        }
    }

    public void issue() {
        try {
            EnterpriseInvitations.Issued made = invitations.issue(currentUser.required(), projectId, contactName);
            EnterpriseInvitation invitation = made.invitation();
            issued = new IssuedCode(made.code().shown(), invitation.contactName(), invitation.enterprise().name(),
                    invitation.expiresAt());
            reload();
        } catch (InvalidInputException e) {
            fieldMessages.show("invitation", e);
        }
    }

    public void revoke(long invitationId) {
        try {
            invitations.revoke(currentUser.required(), projectId, invitationId);
            issued = null;
            reload();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("invitations.message.revoked"), null));
        } catch (InvalidInputException e) {
            fieldMessages.show("invitation", e);
            reload();
        }
    }

    private void reload() {
        LocalDateTime now = ChinaTime.nowInChina();
        rows = invitations.ofProject(currentUser.required(), projectId).stream()
                .map(invitation -> InvitationRow.of(invitation, now)).toList();
    }

    public boolean isInviting() {
        return inviting;
    }

    public List<InvitationRow> getRows() {
        return rows;
    }

    public IssuedCode getIssued() {
        return issued;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }
}
