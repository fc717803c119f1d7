package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing from one address across many accounts, which the lockout of each account alone does not:
 * an address with {@value #FAILURES_ALLOWED} failed sign-ins within {@link #WINDOW} is refused until the oldest of
 * them is that old. The threshold is far above what the staff of a zone sharing one address mistype in a quarter
 * of an hour. Kept in memory: a restart forgets it, as it may, since accounts stay locked in the database.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int FAILURES_ALLOWED = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory an attack from many addresses can take; the addresses failing longest ago go first. */
    static final int ADDRESSES_KEPT = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES_KEPT;
        }
    };

    public SignInThrottle() {
        this(ChinaTime.clock());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait before signing in again; empty when it may now. */
    public synchronized Optional<Duration> refusal(String address) {
        Instant now = clock.instant();
        Deque<Instant> recent = recentFailures(address, now);
        if (recent.size() < FAILURES_ALLOWED) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
    }

    public synchronized void failed(String address) {
        Instant now = clock.instant();
        Deque<Instant> recent = recentFailures(address, now);
        recent.addLast(now);
        if (recent.size() > FAILURES_ALLOWED) {
            recent.removeFirst();
        }
        failures.put(address, recent);
    }

    private Deque<Instant> recentFailures(String address, Instant now) {
        Deque<Instant> recent = failures.getOrDefault(address, new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
        return recent;
    }
}
