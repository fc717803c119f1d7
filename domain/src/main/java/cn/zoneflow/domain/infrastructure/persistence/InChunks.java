package cn.zoneflow.domain.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Looks many keys up with a few {@code IN} queries instead of one query a key, each query holding at most
 * {@link #SIZE} keys: an import's 10,000 codes are 10 round trips, not 10,000, and no statement grows past what the
 * databases and their drivers take well.
 */
final class InChunks {

    static final int SIZE = 1_000;

    private InChunks() {
    }

    static <K, T> List<T> find(Collection<K> keys, Function<List<K>, List<T>> query) {
        List<K> all = List.copyOf(keys);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + SIZE))));
        }
        return found;
    }
}
