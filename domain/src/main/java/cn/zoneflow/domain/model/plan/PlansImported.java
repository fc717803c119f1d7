package cn.zoneflow.domain.model.plan;

import java.util.List;

/**
 * An import gave projects plans — a new project's planned dates, a year's monthly plan — which took effect at once.
 * Fired inside the import's transaction, so that the projects' lights are judged by them when the import is
 * confirmed, as after a plan entered on the project page.
 */
public record PlansImported(List<Long> projectIds) {

    public PlansImported {
        projectIds = List.copyOf(projectIds);
    }
}
