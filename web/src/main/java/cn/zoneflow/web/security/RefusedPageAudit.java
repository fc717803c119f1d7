package cn.zoneflow.web.security;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records every page refused with 403 — by the container's security constraints (an administrator opening a
 * project screen) or by a page's own check — as it reaches the error page, so that auditors see probing of
 * screens as they see it of the API.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageAudit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
            audit.recordSeparately(new AuditEvent(AuditAction.ACCESS_DENIED, "page",
                    (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), AuditResult.DENIED,
                    request.getMethod() + " 403"));
        }
        chain.doFilter(request, response);
    }
}
