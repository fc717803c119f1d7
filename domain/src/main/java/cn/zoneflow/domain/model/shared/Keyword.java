package cn.zoneflow.domain.model.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user types into a list's search box to find projects by any part of their code, name or enterprise:
 * "光伏", "晋中测试", "140700-44". Case does not matter; the characters a database pattern would read as wildcards
 * are searched for as typed.
 */
public final class Keyword implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 100;
    /** The escape character of the patterns built here, given to the database with each LIKE. */
    public static final char ESCAPE = '!';

    private final String text;

    private Keyword(String text) {
        this.text = text;
    }

    /** @return no keyword for a blank text */
    public static Optional<Keyword> of(String typed) {
        String text = TypedText.trimmed(typed);
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("keyword.tooLong", text);
        }
        TypedText.problemOf(text).ifPresent(problem -> {
            throw new InvalidValueException(problem, text);
        });
        return Optional.of(new Keyword(text));
    }

    /** The keyword, or none (null) for a blank text: what a search field or a query parameter holds. */
    public static Keyword parse(String typed) {
        return of(typed).orElse(null);
    }

    /** A LIKE pattern finding the keyword anywhere in a lower-cased text, escaped with {@link #ESCAPE}. */
    public String containedPattern() {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Keyword keyword && keyword.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
