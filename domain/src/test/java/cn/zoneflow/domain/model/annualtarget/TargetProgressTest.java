package cn.zoneflow.domain.model.annualtarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.Light;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TargetProgressTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 1, 9, 0);
    private final TargetRule rule = new TargetRule(10, true);

    private static AnnualTarget target(TargetIndicator indicator, String value) {
        return new AnnualTarget(2026, Scope.ofZone(12), indicator, new BigDecimal(value), "supervisor", NOW);
    }

    private TargetProgress signed(String actual, String schedule, String lastYear) {
        return TargetProgress.judge(TargetIndicator.SIGNED_PROJECTS, target(TargetIndicator.SIGNED_PROJECTS, "200"),
                new BigDecimal(actual), new BigDecimal(lastYear), new BigDecimal(schedule), rule);
    }

    @Test
    void aCountOnScheduleIsGreenBehindItYellowAndMoreThanTenPointsBehindRed() {
        assertThat(signed("100", "50.00", "0").light()).as("exactly on schedule").isEqualTo(Light.GREEN);
        assertThat(signed("99", "50.00", "0").light()).as("half a point behind").isEqualTo(Light.YELLOW);
        TargetProgress tenBehind = signed("80", "50.00", "0");
        assertThat(tenBehind.completion()).isEqualByComparingTo("40");
        assertThat(tenBehind.pointsBehind()).isEqualByComparingTo("10");
        assertThat(tenBehind.light()).as("exactly ten points behind").isEqualTo(Light.YELLOW);
        assertThat(signed("79", "50.00", "0").light()).as("ten and a half").isEqualTo(Light.RED);
        assertThat(signed("150", "50.00", "0").light()).as("ahead").isEqualTo(Light.GREEN);
    }

    @Test
    void belowLastYearOnTheSameDayIsRedWhereTheRuleSaysSo() {
        assertThat(signed("100", "50.00", "101").light()).isEqualTo(Light.RED);
        TargetRule lenient = new TargetRule(10, false);
        assertThat(TargetProgress.judge(TargetIndicator.SIGNED_PROJECTS, target(TargetIndicator.SIGNED_PROJECTS, "200"),
                new BigDecimal("100"), new BigDecimal("101"), new BigDecimal("50.00"), lenient).light())
                .isEqualTo(Light.GREEN);
    }

    @Test
    void aRateIsJudgedAgainstItsTargetAndNothingIsJudgedWithoutATargetOrAFigure() {
        AnnualTarget rate = target(TargetIndicator.SIGNED_TO_STARTED, "35");
        assertThat(TargetProgress.judge(TargetIndicator.SIGNED_TO_STARTED, rate, new BigDecimal("35.00"), null,
                new BigDecimal("50"), rule).light()).isEqualTo(Light.GREEN);
        assertThat(TargetProgress.judge(TargetIndicator.SIGNED_TO_STARTED, rate, new BigDecimal("30"), null,
                new BigDecimal("50"), rule).light()).isEqualTo(Light.YELLOW);
        assertThat(TargetProgress.judge(TargetIndicator.SIGNED_TO_STARTED, rate, new BigDecimal("24.99"), null,
                new BigDecimal("50"), rule).light()).isEqualTo(Light.RED);
        assertThat(TargetProgress.judge(TargetIndicator.SIGNED_TO_STARTED, rate, null, null, new BigDecimal("50"),
                rule).light()).as("nothing to count yet").isNull();
        assertThat(TargetProgress.judge(TargetIndicator.SIGNED_PROJECTS, null, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("50"), rule).light()).as("no target").isNull();
    }

    @Test
    void theScheduleIsTheElapsedShareOfTheYear() {
        assertThat(TargetProgress.scheduleOn(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("100");
        assertThat(TargetProgress.scheduleOn(LocalDate.of(2026, 1, 1))).isEqualByComparingTo("0.27");
        assertThat(TargetProgress.scheduleOn(LocalDate.of(2026, 7, 2))).isEqualByComparingTo("50.14");
    }

    @Test
    void targetsAreWholeCountsAndRatesAtMostAHundred() {
        assertThatThrownBy(() -> target(TargetIndicator.SIGNED_PROJECTS, "1.5"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .singleElement().satisfies(error -> assertThat(error.messageKey())
                                .isEqualTo("target.value.count")));
        assertThatThrownBy(() -> target(TargetIndicator.CLOSURE_RATE, "100.5"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> target(TargetIndicator.SIGNED_INVESTMENT, "-1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(target(TargetIndicator.SIGNED_INVESTMENT, "246000.5").value()).isEqualByComparingTo("246000.5");
        assertThatThrownBy(() -> new TargetRule(0, true)).isInstanceOf(InvalidInputException.class);
    }
}
