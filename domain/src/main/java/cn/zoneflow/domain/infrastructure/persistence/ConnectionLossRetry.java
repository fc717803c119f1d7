package cn.zoneflow.domain.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection was lost three times, five seconds apart: while the database is down
 * every request would wait fifteen seconds before being told so. One retry soon after still carries a query over a
 * pooled connection the database dropped (after a restart, say); an outage is answered within a second.
 */
public class ConnectionLossRetry implements SessionCustomizer {

    static final int RETRIES = 1;
    static final int DELAY_MILLIS = 200;

    @Override
    public void customize(Session session) {
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        login.setQueryRetryAttemptCount(RETRIES);
        login.setDelayBetweenConnectionAttempts(DELAY_MILLIS);
    }
}
