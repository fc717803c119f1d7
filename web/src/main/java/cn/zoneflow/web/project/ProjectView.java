package cn.zoneflow.web.project;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.NoSuchElementException;

/**
 * A project's page: its facts, the stage timeline with dates and approvers, and the "三个一批" activities it was
 * presented in. A project outside the user's scope does not exist for them (404).
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient AuditTrail audit;

    private long id;
    private ProjectQueries.ProjectPage page;

    public void load() throws IOException {
        try {
            page = queries.project(currentUser.required().scope(), id);
        } catch (NoSuchElementException e) {
            audit.recordSeparately(new AuditEvent(AuditAction.ACCESS_DENIED, "project", String.valueOf(id),
                    AuditResult.DENIED, "project/view"));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ProjectQueries.ProjectPage getPage() {
        return page;
    }
}
