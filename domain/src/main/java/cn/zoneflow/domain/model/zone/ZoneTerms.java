package cn.zoneflow.domain.model.zone;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the system administrator sets of a zone: its name, the other spellings bulletins and spreadsheets use for
 * it, its category and who approved it. Its city is fixed once the zone exists: every figure of the city counts
 * the zone's projects.
 */
public record ZoneTerms(String name, List<String> aliases, ZoneCategory category, ZoneLevel level) {

    public static final int NAME_MAX_LENGTH = 60;
    /** The aliases are stored in one column, separated by commas. */
    public static final int ALIASES_MAX_LENGTH = 200;

    public ZoneTerms {
        aliases = List.copyOf(aliases);
    }

    public static ZoneTerms of(Zone zone) {
        return new ZoneTerms(zone.name(), zone.aliases(), zone.category(), zone.level());
    }

    /** Every name the zone answers to. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    public String storedAliases() {
        return aliases.isEmpty() ? null : String.join(",", aliases);
    }

    /** For the audit trail: the terms in a line. */
    public String summary() {
        return name + " (" + String.join("、", aliases) + ") " + category + " " + level;
    }
}
