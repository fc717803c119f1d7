package cn.zoneflow.domain.model.assessment;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an assessment covers: a quarter ({@code 2026Q3}) or a year ({@code 2026}). Its figures are those of the year up
 * to the period's last day.
 *
 * @param quarter 1 to 4, or 0 for the whole year
 */
public record AssessmentPeriod(int year, int quarter) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:[Qq]([1-4]))?");

    /** The period as written: {@code 2026} or {@code 2026Q3}. */
    public static AssessmentPeriod parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidValueException("assessment.period.format", String.valueOf(text));
        }
        return new AssessmentPeriod(Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    /** The quarter a day falls in. */
    public static AssessmentPeriod quarterOf(LocalDate day) {
        return new AssessmentPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate lastDay() {
        return quarter == 0 ? LocalDate.of(year, 12, 31) : LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** Whether the period has ended by the day, so that its result no longer changes. */
    public boolean endedBy(LocalDate today) {
        return lastDay().isBefore(today);
    }

    @Override
    public String toString() {
        return quarter == 0 ? Integer.toString(year) : year + "Q" + quarter;
    }
}
