package cn.zoneflow.web.security;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs the user out and ends the session. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    private FacesContext faces;

    @Inject
    private AuditTrail audit;

    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        audit.recordSeparately(AuditEvent.success(AuditAction.LOGOUT, "user", external.getRemoteUser()));
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + ZoneflowAuthenticationMechanism.LOGIN_PAGE);
        faces.responseComplete();
    }
}
