package cn.zoneflow.web.leader;

import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * 我包联的项目: the projects the signed-in leader is in charge of, each with its stage, warnings, the day its next
 * stage is planned for and the last visit. A leader leads tens of projects, so the page shows the largest page the
 * list is read in and says so when there are more.
 */
@Named
@RequestScoped
public class LedProjectsView {

    @Inject
    private ProjectQueries queries;

    @Inject
    private CurrentUser currentUser;

    private Page<ProjectQueries.LedProject> led;

    /** Read once a request, whenever the page first asks: on a postback of the menu too, not only when opened. */
    public Page<ProjectQueries.LedProject> getLed() {
        if (led == null) {
            led = queries.ledBy(currentUser.required(), 0, Page.MAX_SIZE);
        }
        return led;
    }

    /** Whether the leader leads more projects than the page lists. */
    public boolean isCut() {
        return getLed().total() > getLed().items().size();
    }
}
