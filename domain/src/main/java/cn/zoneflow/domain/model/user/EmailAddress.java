package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address a user gave for their messages: one mailbox on a domain name, in the ASCII form every mail
 * server takes (an internationalised domain is given in its {@code xn--} form). Nothing else fits in — no display
 * name, no second address, no line break that would add a header to the mail it is written into.
 */
public final class EmailAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final int LOCAL_PART_MAX_LENGTH = 64;

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /** @throws InvalidValueException {@code email.format} when the text is not one such address */
    public static EmailAddress of(String text) {
        Objects.requireNonNull(text, "text");
        String address = text.strip();
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH || at < 1 || at > LOCAL_PART_MAX_LENGTH
                || !LOCAL_PART.matcher(address.substring(0, at)).matches()
                || !DOMAIN.matcher(address.substring(at + 1)).matches()) {
            throw new InvalidValueException("email.format", text);
        }
        return new EmailAddress(address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase());
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress other && value.equals(other.value);
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
