package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import java.time.LocalDate;

/**
 * 受理交办: the unit or person who solves the problem, or the city department working in ZoneFlow that answers it
 * itself (then the unit may be left to its name), and by when; no day means the category's working days, and 马上办
 * (immediate) means the same working day.
 */
public record ProblemAssignment(
        @PlainText(max = ProjectProblem.RESPONSIBLE_MAX_LENGTH) String responsible,
        @PlausibleDate LocalDate deadline,
        boolean immediate,
        Long department) {

    public static final String RESPONSIBLE = "responsible";
    public static final String DEADLINE = "deadline";
    public static final String IMMEDIATE = "immediate";
    public static final String DEPARTMENT = "department";

    public ProblemAssignment {
        responsible = TypedText.trimmed(responsible);
    }
}
