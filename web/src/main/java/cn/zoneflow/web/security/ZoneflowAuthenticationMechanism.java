package cn.zoneflow.web.security;

import jakarta.annotation.security.DeclareRoles;
import cn.zoneflow.domain.application.ApiSignIns;
import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.application.SignInThrottle;
import cn.zoneflow.domain.application.SignIns;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.user.BearerToken;
import cn.zoneflow.domain.infrastructure.persistence.DatabaseOutage;
import cn.zoneflow.web.i18n.LanguageView;
import cn.zoneflow.web.outage.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for both kinds of clients. Screens sign in through the login page (which calls
 * {@code SecurityContext.authenticate}) and keep a session, in which the caller and their groups are kept
 * ({@link SignedInCaller}) and handed to the container on each request; {@code /api} clients send HTTP Basic with
 * every request or, once signed in with it, a token ({@link ApiCredentials}), get no session, and get 401 with a
 * challenge, never a redirect to a page they cannot use.
 */
@ApplicationScoped
@DeclareRoles({"officer", "manager", "supervisor", "admin", "security", "auditor", "leader", "enterprise",
        "department"})
public class ZoneflowAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API_PREFIX = "/api/";
    private static final String SCREENS = "screens";
    private static final String API = "api";
    private static final String API_TOKEN = "api token";
    private static final String THROTTLED = ", address throttled";
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AuditTrail audit;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignIns signIns;

    @Inject
    private ApiSignIns apiSignIns;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private LanguageView language;

    /**
     * Signing in reads the accounts and writes the audit trail: while the database is out of reach the request is
     * answered "temporarily unavailable" here, since it never gets as far as the filters.
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            try {
                Unavailable.write(request, response, language::getLocale);
            } catch (IOException notWritten) {
                throw new UncheckedIOException(notWritten);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        String address = clientAddress.of(request);
        if (context.isAuthenticationRequest() && credential != null) {
            if (throttle.refusal(address).isPresent()) {
                audit.recordSignIn(callerOf(credential), AuditResult.DENIED, SCREENS + THROTTLED);
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStores.validate(credential);
            boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
            recordSignIn(callerOf(credential), valid, SCREENS);
            if (valid) {
                new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()).keepIn(request);
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<SignedInCaller> signedIn = SignedInCaller.of(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().name(), signedIn.get().groups());
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && ApiCredentials.presentsToken(authorization)) {
            return signInWithToken(request, response, context, address);
        }
        if (isApi(request) && authorization != null && authorization.startsWith(ApiCredentials.BASIC)) {
            UsernamePasswordCredential basic = basicCredential(authorization);
            Optional<Duration> refusal = throttle.refusal(address);
            if (refusal.isPresent()) {
                audit.recordSignIn(basic.getCaller(), AuditResult.DENIED, API + THROTTLED);
                return throttled(request, response, refusal.get());
            }
            CredentialValidationResult result = identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // every API request signs in; what it does is audited, not each sign-in
                ApiCredentials.passwordChecked(request);
                return context.notifyContainerAboutLogin(result);
            }
            recordSignIn(basic.getCaller(), false, API);
            throttle.failed(address);
            return challenge(request, response);
        }
        if (context.isProtected()) {
            return isApi(request) ? challenge(request, response) : context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /**
     * A token costs one keyed read, not a password hash. One that cannot be ours, or that nobody was ever given, counts
     * against the address like a wrong password; one expired, signed out or outdated by a change of its account is
     * simply refused, telling the client to sign in again.
     */
    private AuthenticationStatus signInWithToken(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String address) {
        Optional<Duration> refusal = throttle.refusal(address);
        if (refusal.isPresent()) {
            audit.recordSignIn("", AuditResult.DENIED, API_TOKEN + THROTTLED);
            return throttled(request, response, refusal.get());
        }
        Optional<BearerToken> token = ApiCredentials.token(request);
        Optional<ApiSignIns.Caller> caller = token.flatMap(apiSignIns::signedIn);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
        }
        if (token.isEmpty() || !apiSignIns.wasIssued(token.get())) {
            audit.recordSignIn("", AuditResult.FAILURE, API_TOKEN + ", unknown");
            throttle.failed(address);
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"ZoneFlow\", error=\"invalid_token\"");
        return refused(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.problem.tokenInvalid");
    }

    /** A sign-in refused because the account is locked is a refusal, not one more wrong password. */
    private void recordSignIn(String caller, boolean valid, String channel) {
        if (valid) {
            audit.recordSignIn(caller, AuditResult.SUCCESS, channel);
        } else if (signIns.isLocked(caller)) {
            audit.recordSignIn(caller, AuditResult.DENIED, channel + ", account locked");
        } else {
            audit.recordSignIn(caller, AuditResult.FAILURE, channel);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return (request.getServletPath() + "/").startsWith(API_PREFIX);
    }

    /**
     * 401 with a Basic challenge and a problem detail: API clients get JSON they can read, never the HTML error
     * page that {@code sendError} would bring.
     */
    private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ZoneFlow\", charset=\"UTF-8\"");
        return refused(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.problem.unauthorized");
    }

    /** 429 with the time to wait: the address failed too often, whatever account it tries now. */
    private static AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response,
            Duration wait) {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        return refused(request, response, TOO_MANY_REQUESTS, "api.problem.throttled");
    }

    private static AuthenticationStatus refused(HttpServletRequest request, HttpServletResponse response, int status,
            String messages) {
        try {
            ProblemResponse.write(request, response, status, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static String callerOf(Credential credential) {
        return credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
    }

    private static UsernamePasswordCredential basicCredential(String authorization) {
        String decoded;
        try {
            String encoded = authorization.substring(ApiCredentials.BASIC.length()).trim();
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
