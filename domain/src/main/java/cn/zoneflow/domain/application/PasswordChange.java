package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A user replaces their own password — at the first sign-in with a temporary one, or whenever they choose: the
 * current password proves it is them, the new one follows the rules, differs from the current one and is typed
 * twice alike.
 */
@ApplicationScoped
@Transactional
public class PasswordChange {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private AuditTrail audit;

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public void change(String username, String currentPassword, String newPassword, String confirmation) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        InputReader reader = new InputReader();
        if (currentPassword == null || !hashing.matches(currentPassword.toCharArray(), account.passwordHash())) {
            reader.reject("currentPassword", "password.current.wrong", "");
        }
        AccountAdministration.checkPassword(reader, "newPassword", username, newPassword);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            reader.reject("newPassword", "password.unchanged", "");
        }
        if (newPassword != null && !newPassword.equals(confirmation)) {
            reader.reject("confirmation", "password.confirmation.mismatch", "");
        }
        reader.finish();
        account.changePassword(hashing.hash(newPassword.toCharArray()));
        audit.record(AuditEvent.success(AuditAction.PASSWORD_CHANGED, "account", username));
    }
}
