package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.visit.LeaderWork;
import java.util.List;

/**
 * 问题办理情况: a scope's problems raised during a period — its own figures, each place's below it, and each
 * category's — counted as the bulletins report them (raised, solved, open, overdue, 办结率, working days to solve),
 * with the visits made to its projects and the work of each leader in charge of one.
 */
public record ProblemBoard(RatePeriod period, ProblemPlace total, List<ProblemPlace> places,
        List<CategoryCounts> categories, List<LeaderWork> leaders) {

    /** One category's problems in the scope. */
    public record CategoryCounts(ProblemCategory category, ProblemCounts counts) {
    }

    public ProblemBoard {
        places = List.copyOf(places);
        categories = List.copyOf(categories);
        leaders = List.copyOf(leaders);
    }
}
