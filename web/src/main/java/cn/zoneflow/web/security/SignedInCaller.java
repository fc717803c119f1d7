package cn.zoneflow.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in on the screens, with their groups, kept in their session: every later request of the session is the
 * same caller with all their groups, whatever else the server is doing — also the API calls a page makes (its
 * process diagram). Only signing in on the screens opens a session; an API client signs in with its own credentials
 * on every call and leaves no session behind.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        groups = Set.copyOf(groups);
    }

    void keepIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    static Optional<SignedInCaller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
    }
}
