package cn.zoneflow.web.security;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page's refusal: 403, which the error page shows as "not found or not yours" — the same answer a page of
 * another zone gets, so a refusal tells nothing about what exists.
 */
@RequestScoped
public class PageAccess {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** Refuses the page unless the user has the role; {@code true} when it was refused. */
    public boolean deniedUnless(String role) throws IOException {
        if (currentUser.hasRole(role)) {
            return false;
        }
        deny();
        return true;
    }

    /**
     * Answers 404 for a project the user may not read, whether it exists or not, and audits the refusal.
     *
     * @param page the page that was asked for, e.g. {@code project/view}
     */
    public void projectNotFound(long id, String page) throws IOException {
        audit.recordSeparately(new AuditEvent(AuditAction.ACCESS_DENIED, "project", String.valueOf(id),
                AuditResult.DENIED, page));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }

    public void deny() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        faces.responseComplete();
    }
}
