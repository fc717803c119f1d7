package cn.zoneflow.web.account;

import cn.zoneflow.domain.application.PasswordChange;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 修改密码: the current password, the new one twice. With a temporary password the page says that it must be
 * replaced first; afterwards the user goes on to their start page.
 */
@Named
@RequestScoped
public class PasswordChangeView {

    @Inject
    private PasswordChange passwordChange;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FieldMessages fieldMessages;

    @Inject
    private Messages messages;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isTemporary() {
        return currentUser.account().map(UserAccount::mustChangePassword).orElse(false);
    }

    public String change() {
        try {
            passwordChange.change(currentUser.required().username(), currentPassword, newPassword, confirmation);
        } catch (InvalidInputException e) {
            fieldMessages.show("password", e);
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get("account_password.message.info.changed"), null));
        return currentUser.getStartPage() + "?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
