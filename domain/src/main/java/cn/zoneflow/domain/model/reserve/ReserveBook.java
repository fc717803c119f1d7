package cn.zoneflow.domain.model.reserve;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.report.RatePeriod;
import java.util.List;

/**
 * 储备项目册: a scope's reserve library — its figures and those of each place below it, with the conversion over a
 * period — and every project in it, the most mature tier first.
 */
public record ReserveBook(RatePeriod period, ReservePlace total, List<ReservePlace> places,
        List<Project> projects) {

    public ReserveBook {
        places = List.copyOf(places);
        projects = List.copyOf(projects);
    }
}
