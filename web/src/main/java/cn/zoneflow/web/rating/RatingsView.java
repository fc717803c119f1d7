package cn.zoneflow.web.rating;

import cn.zoneflow.domain.application.ServiceRatings;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** 服务评价 on the zone's project page: the enterprise's 好差评 of the project, the latest first. */
@Named
@RequestScoped
public class RatingsView {

    @Inject
    private ServiceRatings ratings;

    @Inject
    private CurrentUser currentUser;

    private List<RatingRow> rows = List.of();

    /** Reads the ratings of the project the page shows; nothing when the page refused it. */
    public void load(ProjectQueries.ProjectPage page) {
        if (page != null) {
            rows = ratings.ofProject(currentUser.required(), page.summary().id()).stream().map(RatingRow::of)
                    .toList();
        }
    }

    public List<RatingRow> getRows() {
        return rows;
    }
}
