package cn.zoneflow.web.security;

import cn.zoneflow.domain.model.audit.AuditContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who acts and from where, for the audit trail: the signed-in caller and the client address of the request being
 * served. Work that no request started (startup, the engine's jobs) is the system's.
 */
@ApplicationScoped
public class RequestAuditContext implements AuditContext {

    static final String SYSTEM = "system";
    static final String ANONYMOUS = "anonymous";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Override
    public String actor() {
        if (address() == null) {
            return SYSTEM;
        }
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? ANONYMOUS : caller.getName();
    }

    @Override
    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            // outside an HTTP request the injected request has nothing behind it
            return null;
        }
    }
}
