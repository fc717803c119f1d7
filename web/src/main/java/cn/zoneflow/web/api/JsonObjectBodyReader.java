package cn.zoneflow.web.api;

import cn.zoneflow.web.api.MalformedBodyException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON object every write call takes, and refuses with a 400 that says what is wrong whatever a client
 * sends instead: a body cut off or empty, an array, a string or {@code null}, nesting deeper than any request of
 * this API, a number longer than any amount, or more than a request of this API can hold (413). The body is checked
 * as a stream first, so a hostile one costs no more than its bytes.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonObjectBodyReader implements MessageBodyReader<JsonObject> {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 8;
    /** Longer than any amount the columns hold (18 digits) written with a fraction and an exponent. */
    static final int MAX_NUMBER_LENGTH = 40;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] body = entity.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new MalformedBodyException(Reason.TOO_LARGE, MAX_BYTES / 1024);
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new MalformedBodyException(Reason.EMPTY);
        }
        try {
            checkShape(body);
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                return reader.readObject();
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedBodyException(Reason.MALFORMED, at == null ? 1 : at.getLineNumber(),
                    at == null ? 1 : at.getColumnNumber());
        } catch (JsonException e) {
            throw new MalformedBodyException(Reason.MALFORMED, 1, 1);
        }
    }

    /** An object at the top, nothing nested too deep, no overlong number; the rest is the parser's to judge. */
    private static void checkShape(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            boolean first = true;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first && event != JsonParser.Event.START_OBJECT) {
                    throw new MalformedBodyException(Reason.NOT_AN_OBJECT, kindOf(event));
                }
                first = false;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new MalformedBodyException(Reason.TOO_DEEP, MAX_DEPTH);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_NUMBER -> {
                        if (parser.getString().length() > MAX_NUMBER_LENGTH) {
                            throw new MalformedBodyException(Reason.NUMBER_TOO_LONG, MAX_NUMBER_LENGTH);
                        }
                    }
                    default -> {
                        // names, strings and literals are the domain's to check, field by field
                    }
                }
            }
        }
    }

    private static String kindOf(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT, KEY_NAME, END_OBJECT, END_ARRAY ->
                    throw new IllegalStateException("a body that is no object starts with a value, not " + event);
        };
    }
}
