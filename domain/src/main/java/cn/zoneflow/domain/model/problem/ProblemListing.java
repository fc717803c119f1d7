package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.Page;

/**
 * The problems behind one figure of 问题办理, as the page that lists them heads them: the place, the selection and
 * its category (null for every category), and one page of the problems.
 */
public record ProblemListing(String placeName, ProblemSelection selection, ProblemCategory category,
        Page<ProjectProblem> problems) {
}
