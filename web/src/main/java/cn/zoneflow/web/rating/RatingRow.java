package cn.zoneflow.web.rating;

import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.rating.RatingLevel;
import cn.zoneflow.domain.model.rating.ServiceRating;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A rating as the portal and the API show it: what was rated (a procedure's name, or none for the agency service),
 * the levels, the comment and, for a 差评, where its rectification stands and the day the zone first went back to the
 * enterprise about it (回访), none before it has.
 */
public record RatingRow(long id, LocalDateTime ratedAt, String procedure, RatingLevel overall, RatingLevel efficiency,
        RatingLevel guideAccuracy, RatingLevel convenience, RatingLevel platform, String comment,
        ProblemStatus rectification, LocalDate returnVisitedOn) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static RatingRow of(ServiceRating rating) {
        return new RatingRow(rating.id(), rating.ratedAt(),
                rating.procedure().map(procedure -> procedure.procedure().name()).orElse(null),
                rating.scores().overall(), rating.scores().efficiency(), rating.scores().guideAccuracy(),
                rating.scores().convenience(), rating.scores().platform(), rating.comment(),
                rating.rectification().map(ProjectProblem::status).orElse(null),
                rating.rectification().flatMap(ProjectProblem::returnVisitedOn).orElse(null));
    }
}
