package cn.zoneflow.domain.model.user;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be (等保 2.0 level 3: complexity): at least eight characters from at least three of the
 * four classes — lower case, upper case, digits, other characters — and not the user name, in any case.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** PBKDF2 takes any length; a bound keeps a sign-in from hashing megabytes. */
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    private PasswordPolicy() {
    }

    /** Why the password is refused, as a key of {@code ValidationMessages}; empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (characterClasses(password) < MIN_CLASSES) {
            return Optional.of("password.tooSimple");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.empty();
    }

    private static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
