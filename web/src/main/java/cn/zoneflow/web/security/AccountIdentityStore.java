package cn.zoneflow.web.security;

import cn.zoneflow.domain.application.SignIns;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks user name and password against the enabled accounts in the database, counting failures towards the
 * lockout; groups come from role and scope.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignIns signIns;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Pbkdf2PasswordHashing hashing;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        char[] password = login.getPassword().getValue();
        SignIns.Outcome outcome = signIns.attempt(login.getCaller(), hash -> hashing.matches(password, hash));
        if (outcome != SignIns.Outcome.SIGNED_IN) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.findByUsername(login.getCaller())
                .map(account -> new CredentialValidationResult(account.username(), account.groups()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
