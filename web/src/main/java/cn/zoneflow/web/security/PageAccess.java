package cn.zoneflow.web.security;

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

    /** Refuses the page unless the user has the role; {@code true} when it was refused. */
    public boolean deniedUnless(String role) throws IOException {
        if (currentUser.hasRole(role)) {
            return false;
        }
        deny();
        return true;
    }

    public void deny() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        faces.responseComplete();
    }
}
