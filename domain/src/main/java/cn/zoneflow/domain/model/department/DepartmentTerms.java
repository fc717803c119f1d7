package cn.zoneflow.domain.model.department;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/**
 * A department as the system administrator lists it: its city (by division code or name), the zone of the city whose
 * own office it is where the zone took the power over (by name; none for the city's office), the kind of department
 * the procedure catalogue names, and the department's own name.
 */
public record DepartmentTerms(
        @Required String city,
        String zone,
        @Required String kind,
        @Required @PlainText(max = Department.NAME_MAX_LENGTH) String name) {

    public static final String CITY = "city";
    public static final String ZONE = "zone";
    public static final String KIND = "kind";
    public static final String NAME = "name";

    public DepartmentTerms {
        city = TypedText.trimmed(city);
        zone = TypedText.trimmed(zone);
        kind = TypedText.trimmed(kind);
        name = TypedText.trimmed(name);
    }
}
