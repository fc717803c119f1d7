package cn.zoneflow.domain.model.shared;

import java.util.Optional;

/**
 * What no text a user types into ZoneFlow may hold, wherever it comes from (a screen, the API, an imported file):
 * invisible control characters (line breaks and tabs excepted), characters that turn the direction of writing
 * around and so make a name read differently from what is stored (U+202A–U+202E, U+2066–U+2069), and a leading
 * {@code =}, which a spreadsheet opening an export or a list would take for a formula.
 */
public final class TypedText {

    private TypedText() {
    }

    /** @return the message key of what is wrong with the text, or empty when nothing is */
    public static Optional<String> problemOf(String text) {
        if (text.startsWith("=")) {
            return Optional.of("text.formula");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                return Optional.of("text.control");
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return Optional.of("text.direction");
            }
        }
        return Optional.empty();
    }

    /** Text as a command holds it: without the spaces around it, and no text at all when nothing is left. */
    public static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
