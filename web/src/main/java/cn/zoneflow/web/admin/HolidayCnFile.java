package cn.zoneflow.web.admin;

import cn.zoneflow.domain.model.calendar.CalendarDayInput;
import cn.zoneflow.domain.model.calendar.CalendarYearInput;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.StringJoiner;

/**
 * A year of the calendar in the format of the public data set holiday-cn ({@code {"year", "papers": [notice],
 * "days": [{"name", "date", "isOffDay"}]}}), the one ZoneFlow's own calendar was seeded from. It is read into the
 * same input an administrator would type, so the domain checks a file exactly as it checks typing.
 */
public final class HolidayCnFile {

    /** A year is some forty days; a file a hundred times larger is not a calendar. */
    public static final int MAX_BYTES = 256 * 1024;

    private HolidayCnFile() {
    }

    /** @throws InvalidInputException (field {@code file}) when the content is no such JSON */
    public static CalendarYearInput read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw unreadable();
        }
        JsonObject file;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
            file = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw unreadable();
        }
        return read(file);
    }

    /** @throws InvalidInputException (field {@code file}) when there is no file or a field has another JSON type */
    public static CalendarYearInput read(JsonObject file) {
        if (file == null) {
            throw unreadable();
        }
        try {
            return parse(file);
        } catch (ClassCastException e) {
            throw unreadable();
        }
    }

    private static CalendarYearInput parse(JsonObject file) {
        JsonArray papers = file.getJsonArray("papers");
        StringJoiner lines = new StringJoiner("\n");
        JsonArray days = file.getJsonArray("days");
        if (days != null) {
            for (JsonValue value : days) {
                JsonObject day = value.asJsonObject();
                lines.add(day.getString("date", "") + " " + kind(day) + " " + day.getString("name", ""));
            }
        }
        return new CalendarYearInput(year(file.get("year")),
                papers == null || papers.isEmpty() ? null : papers.getString(0), lines.toString());
    }

    /** Left empty when the file does not say, so that the line is refused rather than guessed. */
    private static String kind(JsonObject day) {
        if (!day.containsKey("isOffDay")) {
            return "";
        }
        return day.getBoolean("isOffDay") ? CalendarDayInput.OFF : CalendarDayInput.WORKING;
    }

    private static String year(JsonValue year) {
        if (year == null) {
            return null;
        }
        return year instanceof JsonString text ? text.getString() : year.toString();
    }

    private static InvalidInputException unreadable() {
        return InvalidInputException.of("file", "calendar.file.unreadable", "");
    }
}
