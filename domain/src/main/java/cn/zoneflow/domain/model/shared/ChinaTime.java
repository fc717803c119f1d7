package cn.zoneflow.domain.model.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The province keeps Beijing time: "today", a month and a deadline's end are all reckoned in it.
 *
 * <p>Every part of ZoneFlow reads the time here (the process engine's clock is set to the same), so that a rehearsal
 * or a test run can start the clock at a moment of its choosing — {@code ZONEFLOW_CLOCK=2026-12-31T10:00}, Beijing
 * time, as an environment variable or system property — from where it runs on at the normal pace. Without the
 * setting it is the real time.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String CLOCK_SETTING = "ZONEFLOW_CLOCK";

    private static final Clock CLOCK = clockFrom(System.getProperty(CLOCK_SETTING, System.getenv(CLOCK_SETTING)),
            Clock.system(ZONE));

    private ChinaTime() {
    }

    public static Clock clock() {
        return CLOCK;
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(CLOCK);
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    public static LocalDateTime nowInChina() {
        return LocalDateTime.now(CLOCK);
    }

    /**
     * @param start the Beijing time to start from, as {@code 2026-12-31T10:00}; null or blank for the real time
     * @throws IllegalArgumentException naming the setting when the value is no such time
     */
    static Clock clockFrom(String start, Clock real) {
        if (start == null || start.isBlank()) {
            return real;
        }
        try {
            Instant from = LocalDateTime.parse(start.strip()).atZone(ZONE).toInstant();
            return Clock.offset(real, Duration.between(real.instant(), from));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(CLOCK_SETTING + " must be a Beijing time such as 2026-12-31T10:00, not '"
                    + start + "'", e);
        }
    }
}
