package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/** 记录进展: a dated progress note of whoever solves a problem, or a comment of the leader in charge. */
public record ProblemNote(@Required @PlainText(max = ProjectProblem.TEXT_MAX_LENGTH) String text) {

    public ProblemNote {
        text = TypedText.trimmed(text);
    }
}
