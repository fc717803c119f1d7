package cn.zoneflow.domain.infrastructure.mail;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.EmailAddress;
import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The SMTP server messages are mailed through, from the environment (or Java system properties of the same names):
 * without {@code ZONEFLOW_SMTP_HOST} nothing is mailed.
 *
 * @param portalUrl the address enterprises reach ZoneFlow at, for the link in each e-mail; none leaves it out
 */
public record MailSettings(String host, int port, EmailAddress from, String user, String password, boolean startTls,
        URI portalUrl) {

    public static final String HOST = "ZONEFLOW_SMTP_HOST";
    public static final String PORT = "ZONEFLOW_SMTP_PORT";
    public static final String FROM = "ZONEFLOW_SMTP_FROM";
    public static final String USER = "ZONEFLOW_SMTP_USER";
    public static final String PASSWORD = "ZONEFLOW_SMTP_PASSWORD";
    public static final String STARTTLS = "ZONEFLOW_SMTP_STARTTLS";
    public static final String PUBLIC_URL = "ZONEFLOW_PUBLIC_URL";

    private static final int SMTP_PORT = 25;

    /** The settings of this server's environment. */
    public static Optional<MailSettings> configured() {
        return of(name -> System.getProperty(name, System.getenv(name)));
    }

    /**
     * @throws IllegalStateException naming the setting that is wrong: a port that is no port, a sender that is no
     *     address, a STARTTLS that is neither true nor false, a public address that is no http(s) URL
     */
    static Optional<MailSettings> of(UnaryOperator<String> setting) {
        String host = blankToNull(setting.apply(HOST));
        if (host == null) {
            return Optional.empty();
        }
        return Optional.of(new MailSettings(host, port(setting.apply(PORT)), from(setting.apply(FROM), host),
                blankToNull(setting.apply(USER)), setting.apply(PASSWORD), startTls(setting.apply(STARTTLS)),
                portalUrl(setting.apply(PUBLIC_URL))));
    }

    private static int port(String text) {
        if (blankToNull(text) == null) {
            return SMTP_PORT;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalStateException(PORT + " is no port: " + text);
    }

    private static EmailAddress from(String text, String host) {
        try {
            return EmailAddress.of(blankToNull(text) == null ? "zoneflow@" + host : text);
        } catch (InvalidValueException e) {
            throw new IllegalStateException(FROM + " is no e-mail address: " + text);
        }
    }

    private static boolean startTls(String text) {
        if (blankToNull(text) == null || "false".equalsIgnoreCase(text.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(text.strip())) {
            return true;
        }
        throw new IllegalStateException(STARTTLS + " is neither true nor false: " + text);
    }

    private static URI portalUrl(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            URI url = URI.create(text.strip().endsWith("/") ? text.strip() : text.strip() + "/");
            if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // told below
        }
        throw new IllegalStateException(PUBLIC_URL + " is no http(s) address: " + text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The portal page of the project, to link from the e-mail; none without the public address. */
    public Optional<String> projectPage(long projectId) {
        return Optional.ofNullable(portalUrl).map(url -> url.resolve("portal/project.xhtml?id=" + projectId).toString());
    }
}
