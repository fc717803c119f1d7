package cn.zoneflow.web.security;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses, before anything runs, a change sent from a page of another site (cross-site request forgery): 403, as a
 * problem for the API and the error page for the screens, and an entry in the audit trail. Pages' own forms are
 * further bound to the user's view state, which another site cannot read.
 */
@WebFilter(urlPatterns = "/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (!CrossSiteRequests.refused(request.getMethod(), origin, request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordSeparately(new AuditEvent(AuditAction.ACCESS_DENIED, "request", request.getServletPath(),
                AuditResult.DENIED, request.getMethod() + " from " + (origin == null ? "another site" : origin)));
        if (request.getServletPath().startsWith("/api")) {
            ProblemResponse.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.problem.crossSite");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
