package cn.zoneflow.domain.infrastructure.persistence;

import java.util.Locale;
import java.util.Optional;

/**
 * The database an installation uses, read from the environment ({@code ZONEFLOW_DB_URL},
 * {@code ZONEFLOW_DB_USER}, {@code ZONEFLOW_DB_PASSWORD}, {@code ZONEFLOW_DEMO_DATA}) or from system
 * properties of the same names. Without a URL it is an H2 file under {@code ./data/}, with demo data.
 */
public record DatabaseSettings(String url, String user, String password, DatabaseKind kind, boolean demoData) {

    public static final String URL = "ZONEFLOW_DB_URL";
    public static final String USER = "ZONEFLOW_DB_USER";
    public static final String PASSWORD = "ZONEFLOW_DB_PASSWORD";
    public static final String DEMO_DATA = "ZONEFLOW_DEMO_DATA";
    static final String DEFAULT_URL = "jdbc:h2:file:./data/zoneflow";
    static final String DEFAULT_H2_USER = "zoneflow";
    private static final int H2_LOCK_TIMEOUT_MILLIS = 10_000;
    private static final String MYSQL_CONNECT_TIMEOUT_MILLIS = "5000";

    /**
     * @throws MisconfigurationException naming the setting that is wrong
     */
    public static DatabaseSettings fromEnvironment() {
        return of(setting(URL).orElse(DEFAULT_URL), setting(USER).orElse(null), setting(PASSWORD).orElse(""),
                setting(DEMO_DATA).map(value -> parseFlag(DEMO_DATA, value)).orElse(null));
    }

    /**
     * @param user null for the default user (H2 only)
     * @param demo null for the default: demo data on H2 only
     * @throws MisconfigurationException naming the setting that is wrong
     */
    public static DatabaseSettings of(String url, String user, String password, Boolean demo) {
        DatabaseKind kind = DatabaseKind.of(url).orElseThrow(() -> new MisconfigurationException(URL,
                "'" + url + "' is not a database ZoneFlow supports; use jdbc:h2:file:... or jdbc:mysql://host:port/database"));
        String effectiveUser = user != null ? user : kind == DatabaseKind.H2 ? DEFAULT_H2_USER : null;
        if (effectiveUser == null) {
            throw new MisconfigurationException(USER, "is required for " + url);
        }
        String effectiveUrl = kind == DatabaseKind.MYSQL ? withMysqlDefaults(url) : withH2Defaults(url);
        return new DatabaseSettings(effectiveUrl, effectiveUser,
                password == null ? "" : password, kind, demo != null ? demo : kind == DatabaseKind.H2);
    }

    private static Optional<String> setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        return Optional.ofNullable(value).filter(v -> !v.isBlank() || PASSWORD.equals(name));
    }

    private static boolean parseFlag(String name, String value) {
        return switch (value.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MisconfigurationException(name, "must be true or false, not '" + value + "'");
        };
    }

    /**
     * H2 gives up waiting for a row lock after one second; every audited change waits its turn for the audit chain's
     * head, so a burst of users at once on a busy machine would see errors instead of a short wait (MySQL waits 50 s).
     * And H2 writes committed transactions to its file half a second later by default: a process killed meanwhile
     * loses work users were told is saved. With no write delay a commit is in the file before it is confirmed.
     */
    private static String withH2Defaults(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(url);
        if (!upper.contains(";LOCK_TIMEOUT=")) {
            result.append(";LOCK_TIMEOUT=").append(H2_LOCK_TIMEOUT_MILLIS);
        }
        if (!upper.contains(";WRITE_DELAY=")) {
            result.append(";WRITE_DELAY=0");
        }
        return result.toString();
    }

    /**
     * Connector/J settings ZoneFlow relies on, added unless the URL sets them: Camunda needs whole-second
     * timestamps; its schema check must look in ZoneFlow's own database, not find another database's tables on
     * the same server and skip creating its own; a server that cannot be reached must fail fast instead of
     * hanging startup; and the connection remembers its own isolation level and auto-commit, which the pool and the
     * engine ask for and set on every use — otherwise each ask is a query to the server (39 of a stage move's 287).
     */
    private static String withMysqlDefaults(String url) {
        StringBuilder result = new StringBuilder(url);
        appendIfAbsent(result, "sendFractionalSeconds", "false");
        appendIfAbsent(result, "nullDatabaseMeansCurrent", "true");
        appendIfAbsent(result, "connectTimeout", MYSQL_CONNECT_TIMEOUT_MILLIS);
        appendIfAbsent(result, "characterEncoding", "UTF-8");
        appendIfAbsent(result, "useLocalSessionState", "true");
        return result.toString();
    }

    private static void appendIfAbsent(StringBuilder url, String parameter, String value) {
        if (url.indexOf(parameter + "=") < 0) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(parameter).append('=').append(value);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + url + ", user " + user + ", demo data " + demoData + "]";
    }
}
