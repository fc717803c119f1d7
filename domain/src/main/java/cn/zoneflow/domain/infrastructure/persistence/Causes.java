package cn.zoneflow.domain.infrastructure.persistence;

import java.util.function.Predicate;

/** Looks through a failure and what caused it, as containers and the engine wrap a database's answer many times. */
final class Causes {

    private static final int MAX_DEPTH = 32;

    private Causes() {
    }

    static boolean any(Throwable failure, Predicate<Throwable> kind) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (kind.test(cause)) {
                return true;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return false;
    }
}
