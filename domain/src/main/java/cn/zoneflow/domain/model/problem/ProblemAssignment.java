package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.time.LocalDate;

/**
 * 受理交办: the unit or person who solves the problem and by when; no day means the category's working days, and 马上办
 * (immediate) means the same working day.
 */
public record ProblemAssignment(
        @Required @PlainText(max = ProjectProblem.RESPONSIBLE_MAX_LENGTH) String responsible,
        @PlausibleDate LocalDate deadline,
        boolean immediate) {

    public static final String RESPONSIBLE = "responsible";
    public static final String DEADLINE = "deadline";
    public static final String IMMEDIATE = "immediate";

    public ProblemAssignment {
        responsible = TypedText.trimmed(responsible);
    }
}
