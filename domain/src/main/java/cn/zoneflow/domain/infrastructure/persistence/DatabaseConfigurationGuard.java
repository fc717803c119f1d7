package cn.zoneflow.domain.infrastructure.persistence;

import java.util.logging.Logger;

/**
 * Checks the database settings the moment the container first builds its connection pool, which is the first
 * thing deployment does with the database. A server that cannot reach its database is of no use to anyone, so
 * a wrong setting stops the process at once with one line naming the setting, instead of a page of stack
 * traces from every component that would fail after it.
 */
final class DatabaseConfigurationGuard {

    private static final Logger LOG = Logger.getLogger(DatabaseConfigurationGuard.class.getName());
    private static DatabaseSettings verified;

    private DatabaseConfigurationGuard() {
    }

    static synchronized DatabaseSettings verifiedSettingsOrExit() {
        if (verified == null) {
            try {
                verified = DatabaseConnectionCheck.verify();
                LOG.info(() -> "ZoneFlow database: " + verified);
            } catch (MisconfigurationException e) {
                LOG.severe("ZoneFlow cannot start: " + e.getMessage());
                System.exit(MisconfigurationException.EXIT_CODE);
            }
        }
        return verified;
    }
}
