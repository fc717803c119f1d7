package cn.zoneflow.web.leader;

import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.NoSuchElementException;

/**
 * One project its leader in charge follows: its facts, warnings, stages reached and planned, and the visits made to
 * its enterprise. A project the leader does not lead does not exist for them (404).
 */
@Named
@ViewScoped
public class LedProjectView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient PageAccess pageAccess;


    private long id;
    private ProjectQueries.ProjectPage page;

    public void load() throws IOException {
        try {
            page = queries.project(currentUser.required(), id);
        } catch (NoSuchElementException e) {
            pageAccess.projectNotFound(id, "leader/project");
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
