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
 * Lets only POST change anything on the screens ({@link ScreenMethods}): anything else that would is answered 405
 * with the methods allowed, before any page runs, and recorded in the audit trail.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ScreenMethodFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean carriesViewState = request.getQueryString() != null
                && request.getQueryString().contains(ScreenMethods.VIEW_STATE);
        if (!ScreenMethods.refused(request.getMethod(), carriesViewState)) {
            chain.doFilter(request, response);
            return;
        }
        audit.recordSeparately(new AuditEvent(AuditAction.ACCESS_DENIED, "page", request.getServletPath(),
                AuditResult.DENIED, request.getMethod() + (carriesViewState ? " with a form's view state" : "")));
        response.setHeader("Allow", ScreenMethods.ALLOWED);
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
