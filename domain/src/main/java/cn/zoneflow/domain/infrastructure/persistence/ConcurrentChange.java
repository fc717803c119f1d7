package cn.zoneflow.domain.infrastructure.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;

/**
 * Tells a write that lost a race from every other failure: someone changed the same data at the same moment (a
 * version moved on, a unique key was taken meanwhile, the database chose this transaction as a deadlock's victim or
 * it waited too long for another's lock). Nothing was written, and the user is told to look again and retry.
 */
public final class ConcurrentChange {

    /**
     * A unique key taken or a referenced row gone meanwhile (23505, 23503, 23506), a serialization failure or
     * deadlock (40001, 40P01). A missing value or a value too long is a defect, not a race, and stays one.
     */
    private static final Set<String> RACE_STATES = Set.of("23505", "23503", "23506", "40001", "40P01");
    /**
     * H2's LOCK_TIMEOUT_1; MySQL's ER_DUP_ENTRY, ER_ROW_IS_REFERENCED_2, ER_NO_REFERENCED_ROW_2, ER_LOCK_WAIT_TIMEOUT
     * and ER_LOCK_DEADLOCK (MySQL reports them all under broader states).
     */
    private static final Set<Integer> RACE_ERROR_CODES = Set.of(50200, 1062, 1451, 1452, 1205, 1213);

    private ConcurrentChange() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, ConcurrentChange::isLostRace);
    }

    private static boolean isLostRace(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof SQLTransactionRollbackException) {
            return true;
        }
        return cause instanceof SQLException sql
                && (sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState()) || RACE_ERROR_CODES.contains(sql.getErrorCode()));
    }
}
