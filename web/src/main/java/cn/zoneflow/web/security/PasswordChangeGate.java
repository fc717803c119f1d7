package cn.zoneflow.web.security;

import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Someone signed in with a temporary password (a new account, or one the security administrator reset) may do
 * nothing but replace it: every page leads to the password page, every API call is refused with 403 saying why.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PASSWORD_PAGE = "/account/password.xhtml";
    /** What a user with a temporary password still needs: the page itself, what it is drawn with, signing in. */
    private static final List<String> OPEN_PREFIXES = List.of(PASSWORD_PAGE, ZoneflowAuthenticationMechanism.LOGIN_PAGE,
            "/jakarta.faces.resource/", "/resources/", "/health", "/openapi");

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || isOpen(request.getServletPath())
                || !currentUser.account().map(UserAccount::mustChangePassword).orElse(false)) {
            chain.doFilter(request, response);
        } else if (request.getServletPath().startsWith("/api")) {
            ProblemResponse.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.problem.passwordChange");
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static boolean isOpen(String path) {
        return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
