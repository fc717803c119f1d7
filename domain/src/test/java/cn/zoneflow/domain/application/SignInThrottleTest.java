package cn.zoneflow.domain.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Guessing from one address across accounts is refused for a while; other addresses sign in as before. */
class SignInThrottleTest {

    private static final String GUESSER = "203.0.113.7";
    private static final String COLLEAGUE = "203.0.113.8";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T02:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void anAddressIsRefusedAfterTwentyFailuresUntilTheOldestIsAQuarterOfAnHourOld() {
        failTimes(GUESSER, SignInThrottle.FAILURES_ALLOWED - 1);
        assertThat(throttle.refusal(GUESSER)).as("nineteen typos are no attack").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        throttle.failed(GUESSER);

        assertThat(throttle.refusal(GUESSER)).contains(Duration.ofMinutes(10));
        assertThat(throttle.refusal(COLLEAGUE)).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.refusal(GUESSER)).as("the first nineteen have aged out").isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverAddUpToARefusal() {
        for (int i = 0; i < 100; i++) {
            throttle.failed(GUESSER);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.refusal(GUESSER)).isEmpty();
    }

    @Test
    void addressesBeyondWhatIsKeptForgetTheOldestFirst() {
        failTimes(GUESSER, SignInThrottle.FAILURES_ALLOWED);
        IntStream.range(0, SignInThrottle.ADDRESSES_KEPT).forEach(i -> throttle.failed("198.51.100." + i));

        assertThat(throttle.refusal(GUESSER)).isEmpty();
    }

    private void failTimes(String address, int times) {
        IntStream.range(0, times).forEach(i -> throttle.failed(address));
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
