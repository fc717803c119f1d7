package cn.zoneflow.web.security;

import cn.zoneflow.domain.model.audit.AuditContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

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

    @Inject
    private ClientAddress clientAddress;

    @Override
    public String actor() {
        if (address() == null) {
            return SYSTEM;
        }
        // on the error page a page's own refusal leads to, only the request still knows the caller
        Principal caller = Optional.ofNullable(securityContext.getCallerPrincipal()).orElseGet(request::getUserPrincipal);
        return caller == null ? ANONYMOUS : caller.getName();
    }

    @Override
    public String address() {
        try {
            return clientAddress.of(request);
        } catch (RuntimeException noRequest) {
            // outside an HTTP request the injected request has nothing behind it
            return null;
        }
    }
}
