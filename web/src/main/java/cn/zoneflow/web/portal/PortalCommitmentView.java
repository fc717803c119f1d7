package cn.zoneflow.web.portal;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.commitment.CommitmentTasks;
import cn.zoneflow.workflow.task.TaskChangedMeanwhileException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * 承诺制 on line, on the portal's project page: the enterprise reads the credit commitment written from its project's
 * facts and signs it with its password typed again. The form carries the SHA-256 of the text shown, so that a text
 * changed meanwhile is read again rather than signed unseen; the page is read anew after signing. Or it declines,
 * saying why, and the zone agrees the commitment anew.
 */
@Named
@ViewScoped
public class PortalCommitmentView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "commitmentSigning";
    private static final String DECLINE_FORM = "commitmentDeclining";

    @Inject
    private transient CommitmentTasks commitments;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient FieldMessages fieldMessages;

    @Inject
    private transient Messages messages;

    private long id;
    private String textSha256;
    private String password;
    private String reason;

    /** Remembers the text the page shows, which is the one a signature from this page signs. */
    public void shown(PortalQueries.PortalProject project) {
        if (project != null && project.toSign() != null) {
            textSha256 = project.toSign().textSha256();
        }
    }

    public String sign() {
        return onTheSigningStep(FORM, step -> commitments.signAsEnterprise(currentUser.actor(), step, textSha256,
                password), "portal.commitment.message.signed");
    }

    /** 不同意签署: the enterprise sends the commitment back to the zone, saying why; nothing is signed. */
    public String decline() {
        return onTheSigningStep(DECLINE_FORM, step -> commitments.declineAsEnterprise(currentUser.actor(), step,
                reason), "portal.commitment.message.declined");
    }

    /**
     * Does the enterprise's part on the step waiting for its signature: the page is shown anew once done, or when
     * nothing waits any more; a refused field stays on the form, the password emptied.
     */
    private String onTheSigningStep(String form, Consumer<String> part, String doneMessage) {
        try {
            part.accept(commitments.enterpriseSigning(currentUser.actor(), id)
                    .orElseThrow(() -> new NoSuchElementException("nothing to sign on project " + id)).taskId());
            messages.tell(FacesMessage.SEVERITY_INFO, doneMessage);
        } catch (InvalidInputException e) {
            password = null;
            fieldMessages.show(form, e);
            return null;
        } catch (NoSuchElementException | TaskChangedMeanwhileException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "portal.commitment.message.gone");
        }
        return PortalProjectView.shownAgain(id);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTextSha256() {
        return textSha256;
    }

    public void setTextSha256(String textSha256) {
        this.textSha256 = textSha256;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
