package cn.zoneflow.domain.model.zone;

import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A zone's terms as typed: the aliases in one field, separated by commas (either width), 、 or spaces; category
 * and level by their names ({@code INDUSTRIAL} …).
 */
public record ZoneInput(String name, String aliases, String category, String level) {

    /** @throws InvalidInputException naming every wrong field */
    public ZoneTerms read() {
        InputReader reader = new InputReader();
        String readName = reader.text("name", name, ZoneTerms.NAME_MAX_LENGTH, true);
        List<String> readAliases = aliases(reader);
        ZoneCategory readCategory = reader.required("category", category,
                text -> parse(ZoneCategory.class, text, "zone.category.unknown"));
        ZoneLevel readLevel = reader.required("level", level, text -> parse(ZoneLevel.class, text, "zone.level.unknown"));
        reader.finish();
        return new ZoneTerms(readName, readAliases.stream().filter(alias -> !alias.equals(readName)).toList(),
                readCategory, readLevel);
    }

    private List<String> aliases(InputReader reader) {
        if (aliases == null || aliases.isBlank()) {
            return List.of();
        }
        List<String> split = List.copyOf(new LinkedHashSet<>(Arrays.stream(aliases.strip().split("[,，、\\s]+"))
                .filter(alias -> !alias.isBlank()).toList()));
        if (String.join(",", split).length() > ZoneTerms.ALIASES_MAX_LENGTH
                || split.stream().anyMatch(alias -> alias.length() > ZoneTerms.NAME_MAX_LENGTH)) {
            reader.reject("aliases", "field.tooLong", aliases);
            return List.of();
        }
        return split;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String messageKey) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(messageKey, text);
        }
    }
}
