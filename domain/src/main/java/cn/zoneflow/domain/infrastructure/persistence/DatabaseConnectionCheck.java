package cn.zoneflow.domain.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Tries the configured database once, before anything else starts, and turns the driver's answer into a
 * sentence naming the setting to fix: wrong credentials, a server that cannot be reached, a bad URL.
 */
public final class DatabaseConnectionCheck {

    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private DatabaseConnectionCheck() {
    }

    /** @throws MisconfigurationException when the database cannot be used as configured */
    public static DatabaseSettings verify() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        ConfiguredDataSource dataSource = new ConfiguredDataSource(settings);
        try {
            dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
            try (Connection connection = dataSource.getConnection()) {
                connection.isValid(LOGIN_TIMEOUT_SECONDS);
            }
            return settings;
        } catch (SQLException e) {
            throw explain(settings, e);
        }
    }

    static MisconfigurationException explain(DatabaseSettings settings, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = firstLine(e);
        if (state.startsWith("28")) {
            return new MisconfigurationException(DatabaseSettings.USER + "/" + DatabaseSettings.PASSWORD,
                    "rejected by the database (user '" + settings.user() + "'): " + reason);
        }
        if (state.startsWith("08")) {
            return new MisconfigurationException(DatabaseSettings.URL,
                    "names a database server that cannot be reached (" + settings.url() + "): " + reason);
        }
        return new MisconfigurationException(DatabaseSettings.URL,
                "cannot be opened (" + settings.url() + "): " + reason);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
