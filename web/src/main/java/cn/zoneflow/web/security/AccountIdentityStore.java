package cn.zoneflow.web.security;

import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/** Checks user name and password against the enabled accounts in the database; groups come from role and scope. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Pbkdf2PasswordHashing hashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> account = accounts.findByUsername(login.getCaller())
                .filter(UserAccount::isEnabled)
                .filter(found -> hashing.matches(login.getPassword().getValue(), found.passwordHash()));
        return account.map(found -> new CredentialValidationResult(found.username(), found.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
