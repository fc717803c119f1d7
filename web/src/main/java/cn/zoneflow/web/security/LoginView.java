package cn.zoneflow.web.security;

import cn.zoneflow.domain.application.SignInThrottle;
import cn.zoneflow.domain.application.SignIns;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The login page: checks the credentials and opens the user's start page, or says the name or password is wrong. */
@Named
@RequestScoped
public class LoginView {


    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    @Inject
    private SignIns signIns;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private ClientAddress clientAddress;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + currentUser.getStartPage());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Optional<Duration> throttled = throttle.refusal(clientAddress.of(request));
            String reason = throttled.isPresent() ? "login.message.error.throttled"
                    : signIns.isLocked(username.strip()) ? "login.message.error.locked"
                    : "login.message.error.invalidCredentials";
            long minutes = throttled.map(wait -> wait.toMinutes() + 1).orElse(UserAccount.LOCK_DURATION.toMinutes());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(reason, minutes), null));
        } else {
            faces.responseComplete();
        }
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
}
