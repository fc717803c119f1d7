package cn.zoneflow.web.project;

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

    private long id;
    private ProjectQueries.ProjectPage page;

    public void load() throws IOException {
        try {
            page = queries.project(currentUser.required().scope(), id);
        } catch (NoSuchElementException e) {
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
