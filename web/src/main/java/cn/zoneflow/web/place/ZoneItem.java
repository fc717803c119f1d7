package cn.zoneflow.web.place;

import cn.zoneflow.domain.model.zone.Zone;
import java.io.Serializable;
import java.util.List;

/**
 * A zone as lists and forms show it: its name and the other names people write, its city, its category and level
 * (by their constants), and the version a change must be made against.
 */
public record ZoneItem(long id, String name, List<String> aliases, String cityCode, String cityName,
        String cityFullName, String category, String level, long version) implements Serializable {

    public ZoneItem {
        aliases = List.copyOf(aliases);
    }

    public static ZoneItem of(Zone zone) {
        return new ZoneItem(zone.id(), zone.name(), zone.aliases(), zone.city().divisionCode(), zone.city().name(),
                zone.city().fullName(), zone.category().name(), zone.level().name(), zone.version());
    }
}
