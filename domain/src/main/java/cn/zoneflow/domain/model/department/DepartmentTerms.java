package cn.zoneflow.domain.model.department;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/**
 * A department as the system administrator lists it: its city (by division code or name), the kind of department the
 * procedure catalogue names, and the department's own name.
 */
public record DepartmentTerms(
        @Required String city,
        @Required String kind,
        @Required @PlainText(max = Department.NAME_MAX_LENGTH) String name) {

    public static final String CITY = "city";
    public static final String KIND = "kind";
    public static final String NAME = "name";

    public DepartmentTerms {
        city = TypedText.trimmed(city);
        kind = TypedText.trimmed(kind);
        name = TypedText.trimmed(name);
    }
}
