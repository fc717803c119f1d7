package cn.zoneflow.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;

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
