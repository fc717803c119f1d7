package cn.zoneflow.web.rating;

import cn.zoneflow.domain.application.ServiceRatings;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * 服务评价 on the zone's project page: the enterprise's 好差评 of the project, the latest first. Kept with the view, so
 * that the page still shows them after any of its forms was sent.
 */
@Named
@ViewScoped
public class RatingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ServiceRatings ratings;

    @Inject
    private transient CurrentUser currentUser;

    private long projectId;
    private List<RatingRow> rows = List.of();

    /** Reads the ratings of the project the page shows; nothing when the page refused it. */
    public void load(ProjectQueries.ProjectPage page) {
        if (page != null) {
            projectId = page.summary().id();
            reload();
        }
    }

    /** Reads the ratings again, after a 回访 of one of them was recorded on the page. */
    public void reload() {
        rows = ratings.ofProject(currentUser.required(), projectId).stream().map(RatingRow::of).toList();
    }

    public List<RatingRow> getRows() {
        return rows;
    }
}
