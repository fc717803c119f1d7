package cn.zoneflow.domain.infrastructure.persistence;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.logging.Logger;

/**
 * Checks the database settings at the very start of deployment. A server that cannot reach its database is
 * of no use to anyone, so a wrong setting stops the process at once with one line naming the setting,
 * instead of a page of stack traces from every component that would fail after it.
 */
public class DatabaseConfigurationGuard implements Extension {

    private static final Logger LOG = Logger.getLogger(DatabaseConfigurationGuard.class.getName());
    static final int EXIT_MISCONFIGURED = 78;

    void checkBeforeAnythingStarts(@Observes BeforeBeanDiscovery event) {
        try {
            DatabaseSettings settings = DatabaseConnectionCheck.verify();
            LOG.info(() -> "ZoneFlow database: " + settings);
        } catch (MisconfigurationException e) {
            LOG.severe("ZoneFlow cannot start: " + e.getMessage());
            System.exit(EXIT_MISCONFIGURED);
        }
    }
}
