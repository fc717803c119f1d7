package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national investment project code (项目代码) given at filing: {@code YYYY-XXXXXX-XX-XX-XXXXXX}, that is
 * the year, the six-digit administrative division, the industry, the project type and a serial number.
 */
public final class ProjectCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})-(\\d{2})-(\\d{2})-(\\d{6})");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private final String value;

    private ProjectCode(String value) {
        this.value = value;
    }

    /** @throws InvalidValueException when the text does not follow the national format */
    public static ProjectCode of(String text) {
        Objects.requireNonNull(text, "text");
        String code = text.strip();
        Matcher matcher = FORMAT.matcher(code);
        if (!matcher.matches()) {
            throw new InvalidValueException("projectCode.format", text);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidValueException("projectCode.year", text);
        }
        return new ProjectCode(code);
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    public String divisionCode() {
        return value.substring(5, 11);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
