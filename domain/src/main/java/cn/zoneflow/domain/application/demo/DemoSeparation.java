package cn.zoneflow.domain.application.demo;

import cn.zoneflow.domain.infrastructure.persistence.DatabaseSettings;
import cn.zoneflow.domain.infrastructure.persistence.MisconfigurationException;

/**
 * A database holds the demonstration or real work, never both, so no figure, rate or bulletin ever counts an
 * invented project and no demo account with its published password signs in to a live installation. What is in the
 * database is read from the rows marked as the demonstration's.
 *
 * @param demoWanted whether the installation runs with demo data ({@code ZONEFLOW_DEMO_DATA})
 * @param demoLoaded whether demo data was loaded into this database before
 * @param demoProjects projects marked as the demonstration's
 * @param demoAccounts accounts marked as the demonstration's
 * @param realProjects projects not marked so
 */
public record DemoSeparation(boolean demoWanted, boolean demoLoaded, long demoProjects, long demoAccounts,
        long realProjects) {

    /** @throws MisconfigurationException naming {@code ZONEFLOW_DEMO_DATA} when the database holds the other kind */
    public void check() {
        if (!demoWanted && (demoLoaded || demoProjects > 0 || demoAccounts > 0)) {
            throw new MisconfigurationException(DatabaseSettings.DEMO_DATA, "is false, but the database holds demo"
                    + " data (" + demoProjects + " demo projects, " + demoAccounts + " demo accounts): a live"
                    + " installation needs a database of its own, or set " + DatabaseSettings.DEMO_DATA + "=true to"
                    + " go on demonstrating");
        }
        if (demoWanted && !demoLoaded && realProjects > 0) {
            throw new MisconfigurationException(DatabaseSettings.DEMO_DATA, "is true, but the database already holds "
                    + realProjects + " real projects: demo data is loaded only into a database of its own; set "
                    + DatabaseSettings.DEMO_DATA + "=false");
        }
    }
}
