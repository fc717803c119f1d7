package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/** 提出问题: the category of the catalogue it belongs to and what blocks the project. */
public record ProblemReport(
        @Required String category,
        @Required @PlainText(max = ProjectProblem.TEXT_MAX_LENGTH) String description) {

    public static final String CATEGORY = "category";

    public ProblemReport {
        category = TypedText.trimmed(category);
        description = TypedText.trimmed(description);
    }
}
