package cn.zoneflow.domain.infrastructure.persistence;

import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being out of reach (refused, lost, or no connection to be had from the
 * pool) from every other: the first passes once the database is back, and users are told to try again shortly
 * instead of being shown an error.
 */
public final class DatabaseOutage {

    /** SQL state class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, DatabaseOutage::isOutage);
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                || cause instanceof ResourceAllocationException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
    }
}
