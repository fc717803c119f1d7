package cn.zoneflow.domain.model.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A project stalled at its stage: since when it is there, by when it should have moved on, and how many days
 * it is over that.
 */
public record StalledProject(long projectId, String code, String name, String zone, String city,
        BigDecimal totalInvestmentWan, LocalDate since, LocalDate expectedBy, long daysOver) {

    public static StalledProject of(long projectId, String code, String name, String zone, String city,
            BigDecimal totalInvestmentWan, LocalDate since, LocalDate expectedBy, LocalDate today) {
        return new StalledProject(projectId, code, name, zone, city, totalInvestmentWan, since, expectedBy,
                ChronoUnit.DAYS.between(expectedBy, today));
    }
}
