package cn.zoneflow.domain.model.plan;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Refusals;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The investment a project plans to complete in one year, month by month (年度投资计划, 逐月分解), in 万元. The
 * months add up to the year's total.
 *
 * @param months twelve amounts, January first
 */
public record YearPlan(Year year, List<Amount> months) {

    public static final int MONTHS = 12;

    public YearPlan {
        months = List.copyOf(months);
        if (months.size() != MONTHS) {
            throw new IllegalArgumentException("a year has twelve months, not " + months.size());
        }
    }

    /**
     * A year's plan as a user enters it: the total and the twelve months (an empty month plans nothing), which must
     * add up to it. Problems are named {@code total} and {@code months}.
     *
     * @param total null when the user left it empty
     * @return the plan, or null when a problem was found (recorded in the refusals)
     */
    public static YearPlan entered(Year year, Amount total, List<Amount> months, Refusals refusals) {
        if (months.size() > MONTHS) {
            refusals.reject("months", "plan.months.tooMany", Integer.toString(months.size()));
            return null;
        }
        List<Amount> filled = new ArrayList<>(zeros());
        for (int month = 0; month < months.size(); month++) {
            if (months.get(month) != null) {
                filled.set(month, months.get(month));
            }
        }
        if (total == null) {
            refusals.rejectUnlessRefused("total", "plan.total.required", "");
            return null;
        }
        YearPlan plan = new YearPlan(year, filled);
        if (plan.total().compareTo(total) != 0) {
            refusals.reject("total", "plan.months.notTotal", plan.total().wan().toPlainString());
            return null;
        }
        return plan;
    }

    /**
     * A plan's year as typed, within the years ZoneFlow takes dates for.
     *
     * @throws InvalidValueException {@code plan.year.range} for anything else
     */
    public static Year parseYear(String text) {
        try {
            Year year = Year.of(Integer.parseInt(text.strip()));
            if (year.isBefore(Year.from(InputReader.EARLIEST_DATE)) || year.isAfter(Year.from(InputReader.LATEST_DATE))) {
                throw new InvalidValueException("plan.year.range", text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("plan.year.range", text);
        }
    }

    /** The plan read back from its months, as stored. */
    public static List<YearPlan> of(Map<YearMonth, Amount> planned) {
        Map<Year, List<Amount>> byYear = new TreeMap<>();
        planned.forEach((month, amount) -> byYear.computeIfAbsent(Year.of(month.getYear()), year -> zeros())
                .set(month.getMonthValue() - 1, amount));
        return byYear.entrySet().stream().map(year -> new YearPlan(year.getKey(), year.getValue())).toList();
    }

    private static List<Amount> zeros() {
        List<Amount> zeros = new ArrayList<>();
        for (int month = 0; month < MONTHS; month++) {
            zeros.add(Amount.ZERO);
        }
        return zeros;
    }

    public Amount total() {
        return months.stream().reduce(Amount.ZERO, Amount::plus);
    }

    /** What the months before the given one plan, in this year: its 序时 target when that month begins. */
    public Amount plannedBefore(YearMonth month) {
        if (month.getYear() < year.getValue()) {
            return Amount.ZERO;
        }
        int counted = month.getYear() > year.getValue() ? MONTHS : month.getMonthValue() - 1;
        return months.subList(0, counted).stream().reduce(Amount.ZERO, Amount::plus);
    }

    public Amount month(int monthOfYear) {
        return months.get(monthOfYear - 1);
    }
}
