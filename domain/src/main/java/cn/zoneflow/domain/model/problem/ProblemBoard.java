package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.report.RatePeriod;
import java.util.List;

/**
 * 问题办理情况: a scope's problems raised during a period — its own figures, each place's below it, and each
 * category's — counted as the bulletins report them (raised, solved, open, overdue, 办结率, working days to solve).
 */
public record ProblemBoard(RatePeriod period, ProblemPlace total, List<ProblemPlace> places,
        List<CategoryCounts> categories) {

    /** One category's problems in the scope. */
    public record CategoryCounts(ProblemCategory category, ProblemCounts counts) {
    }

    public ProblemBoard {
        places = List.copyOf(places);
        categories = List.copyOf(categories);
    }
}
