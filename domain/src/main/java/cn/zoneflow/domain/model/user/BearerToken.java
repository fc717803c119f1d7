package cn.zoneflow.domain.model.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an API client presents after signing in once ({@code Authorization: Bearer …}, RFC 6750): 256 random bits in
 * URL-safe Base64. Only its SHA-256 is kept: with that much randomness a slow password hash would add nothing but the
 * cost per request the token is there to save.
 */
public final class BearerToken {

    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String value;

    private BearerToken(String value) {
        this.value = value;
    }

    public static BearerToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new BearerToken(ENCODER.encodeToString(bytes));
    }

    /** The token as a client presented it; none when it cannot be one of ours, whatever it is. */
    public static Optional<BearerToken> presented(String presented) {
        return presented != null && FORMAT.matcher(presented).matches()
                ? Optional.of(new BearerToken(presented)) : Optional.empty();
    }

    /** The hash the token is kept under. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The token itself, to hand to its client once. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BearerToken other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    /** Never the token itself, so it does not end up in a log. */
    @Override
    public String toString() {
        return "BearerToken[****]";
    }
}
