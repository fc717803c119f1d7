package cn.zoneflow.domain.model.enterprise;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The one-time code of an invitation to the portal: twelve characters from an alphabet without look-alikes (no 0, O,
 * 1, I), 60 random bits, shown once as {@code ABCD-EFGH-JKLM} to be read out or printed. Only its SHA-256 hash is
 * kept: with that much randomness and guessing throttled, a slow password hash would add nothing.
 */
public final class InvitationCode {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private InvitationCode(String value) {
        this.value = value;
    }

    public static InvitationCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new InvitationCode(code.toString());
    }

    /**
     * A code as someone typed it: case, spaces and hyphens do not matter.
     *
     * @throws InvalidValueException when it cannot be a code at all
     */
    public static InvitationCode of(String typed) {
        String code = Objects.requireNonNull(typed, "typed").replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new InvalidValueException("invitation.code.format", "");
        }
        return new InvitationCode(code);
    }

    /** The hash the invitation keeps instead of the code. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The code in groups of four, as it is shown and printed. */
    public String shown() {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < LENGTH; i += GROUP) {
            shown.append(i == 0 ? "" : "-").append(value, i, i + GROUP);
        }
        return shown.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvitationCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the code itself, so it does not end up in a log. */
    @Override
    public String toString() {
        return "InvitationCode[****]";
    }
}
