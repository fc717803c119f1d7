package cn.zoneflow.domain.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Looks many natural keys up with a few {@code IN} queries instead of one query a key, each query holding at most
 * {@link #SIZE} keys: an import's 10,000 codes are 10 round trips, not 10,000, and no statement grows past what the
 * databases and their drivers take well. A natural key never changes in a transaction, so no pending change is
 * flushed first.
 */
final class InChunks {

    static final int SIZE = 1_000;

    private InChunks() {
    }

    /** @param jpql a query with one parameter, {@code :keys}, for the chunk */
    static <K, T> List<T> find(EntityManager entityManager, String jpql, Class<T> type, Collection<K> keys) {
        List<K> all = List.copyOf(keys);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            found.addAll(entityManager.createQuery(jpql, type)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + SIZE)))
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList());
        }
        return found;
    }
}
