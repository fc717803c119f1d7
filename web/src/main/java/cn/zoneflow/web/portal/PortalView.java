package cn.zoneflow.web.portal;

import cn.zoneflow.web.problem.ProblemQueries;
import cn.zoneflow.web.problem.ProblemRow;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * 我的项目 on the portal: what the enterprise must do first (corrections asked, answers to its 诉求 to confirm), then
 * each of its projects with its procedures.
 */
@Named
@RequestScoped
public class PortalView {

    @Inject
    private PortalQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProblemQueries problems;

    private List<PortalQueries.PortalProject> projects;
    private List<ProblemRow> answers;

    public List<PortalQueries.PortalProject> getProjects() {
        if (projects == null) {
            projects = queries.projectsOf(currentUser.enterprise());
        }
        return projects;
    }

    public List<PortalQueries.ToDo> getToDo() {
        return PortalQueries.toDo(getProjects());
    }

    /** The 诉求 the zone answered that wait for the enterprise to say whether they are solved. */
    public List<ProblemRow> getAnswers() {
        if (answers == null) {
            answers = getProjects().stream()
                    .flatMap(project -> problems.ofProject(currentUser.required(), project.id()).stream())
                    .filter(row -> row.openStep() != null).toList();
        }
        return answers;
    }

    public String getEnterpriseName() {
        return currentUser.getScopeName();
    }
}
