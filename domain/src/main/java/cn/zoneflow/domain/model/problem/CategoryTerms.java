package cn.zoneflow.domain.model.problem;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/**
 * A category of the catalogue as the system administrator writes it: its code (new categories only: capital letters,
 * digits and underscores), its name and the working days a problem of it is given by default.
 */
public record CategoryTerms(
        String code,
        @Required @PlainText(max = ProblemCategory.NAME_MAX_LENGTH) String name,
        @Required Integer workingDays) {

    public static final String CODE = "code";
    public static final String WORKING_DAYS = "workingDays";

    /**
     * The working days as written.
     *
     * @throws InvalidValueException when they are not a whole number
     */
    public static Integer parseWorkingDays(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("problemCategory.workingDays.range", text);
        }
    }

    public CategoryTerms {
        code = TypedText.trimmed(code);
        name = TypedText.trimmed(name);
    }
}
