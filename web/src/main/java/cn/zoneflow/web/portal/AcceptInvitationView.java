package cn.zoneflow.web.portal;

import cn.zoneflow.domain.application.EnterpriseInvitations;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * 接受邀请: the enterprise's contact enters the zone's code, chooses a user name and sets a password, and goes on to
 * sign in with them. Wrong codes are throttled with failed sign-ins from the same address.
 */
@Named
@RequestScoped
public class AcceptInvitationView {

    @Inject
    private EnterpriseInvitations invitations;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private String code;
    private String username;
    private String password;
    private String passwordAgain;

    /** Makes the account and goes to sign in, saying so; stays on the form, each wrong field marked, otherwise. */
    public String accept() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            invitations.accept(new EnterpriseInvitations.Acceptance(code, username, password, passwordAgain),
                    clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
        } catch (InvalidInputException e) {
            fieldMessages.show("accept", e);
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("accept.message.done"), null));
        return "/login?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
