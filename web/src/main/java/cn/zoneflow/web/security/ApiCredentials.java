package cn.zoneflow.web.security;

import cn.zoneflow.domain.model.user.BearerToken;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What an API request signed in with, as the authentication mechanism found it: a password (HTTP Basic) checked for
 * this very request, or a token. Only a password may be exchanged for a token — a token renewing itself would never
 * end — and only a token can be signed out.
 */
public final class ApiCredentials {

    static final String BASIC = "Basic ";
    static final String BEARER = "Bearer ";
    private static final String PASSWORD_CHECKED = ApiCredentials.class.getName() + ".passwordChecked";

    private ApiCredentials() {
    }

    static void passwordChecked(HttpServletRequest request) {
        request.setAttribute(PASSWORD_CHECKED, Boolean.TRUE);
    }

    /** Whether this request's caller gave their password with it, and it was right. */
    public static boolean isPasswordChecked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PASSWORD_CHECKED));
    }

    /** Whether the request presents a token at all, good or not. */
    static boolean presentsToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    /** The token the request presents, when it can be one. */
    public static Optional<BearerToken> token(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return presentsToken(authorization)
                ? BearerToken.presented(authorization.substring(BEARER.length()).trim()) : Optional.empty();
    }
}
