package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads request bodies field by field as text, whatever JSON type the client used, so that the domain's input
 * checks name each wrong field instead of the JSON parser refusing the whole body.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The field as text; null when absent or null. */
    static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value == null ? null : text(value);
    }

    /**
     * The field as a list of values, each parsed (a name or a code); a value that cannot be read, or a field that is
     * not a list, refused under the field's name. Empty when absent or null.
     */
    static <T> List<T> list(InputReader reader, JsonObject body, String field, Function<String, T> parse) {
        JsonValue value = body.get(field);
        List<T> parsed = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return parsed;
        }
        if (!(value instanceof JsonArray array)) {
            reader.reject(field, "field.list", text(value));
            return parsed;
        }
        for (JsonValue entry : array) {
            reader.optional(field, text(entry), parse).ifPresent(parsed::add);
        }
        return parsed;
    }

    /** The version an edit is made against, as a reader sent it. */
    static long version(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("version.format", text);
        }
    }

    static Map<String, String> texts(JsonObject body) {
        Map<String, String> fields = new HashMap<>();
        body.forEach((name, value) -> fields.put(name, text(value)));
        return fields;
    }

    static String text(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
