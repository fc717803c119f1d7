package cn.zoneflow.domain.model.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvestmentRuleTest {

    private final InvestmentRule rule = new InvestmentRule(10, 30, false);

    /** 100 万元 a month, 1200 for 2026: by the start of July, 600 (50 %) is due. */
    private final YearPlan evenly = new YearPlan(Year.of(2026), Collections.nCopies(12, Amount.ofWan("100")));

    private static final LocalDate JULY_FIRST = LocalDate.of(2026, 7, 1);

    private static Light light(Optional<Warning> warning) {
        return warning.map(Warning::light).orElse(Light.GREEN);
    }

    @Test
    void tenToThirtyPointsBehindIsYellowAndMoreThanThirtyRed() {
        assertThat(light(rule.judge(evenly, Amount.ofWan("481.2"), JULY_FIRST))).as("9.9 points behind")
                .isEqualTo(Light.GREEN);
        assertThat(light(rule.judge(evenly, Amount.ofWan("480"), JULY_FIRST))).as("exactly 10 points behind")
                .isEqualTo(Light.YELLOW);
        assertThat(light(rule.judge(evenly, Amount.ofWan("240"), JULY_FIRST))).as("exactly 30 points behind")
                .isEqualTo(Light.YELLOW);
        assertThat(rule.judge(evenly, Amount.ofWan("239.88"), JULY_FIRST)).as("30.01 points behind")
                .hasValueSatisfying(warning -> {
                    assertThat(warning.light()).isEqualTo(Light.RED);
                    assertThat(warning.kind()).isEqualTo(WarningKind.INVESTMENT);
                    assertThat(warning.planned()).as("序时进度 counted to").isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(warning.pace().scheduled()).isEqualByComparingTo("50");
                    assertThat(warning.pace().completed()).isEqualByComparingTo("19.99");
                    assertThat(warning.pace().pointsBehind()).isEqualByComparingTo("30.01");
                });
        assertThat(light(rule.judge(evenly, Amount.ofWan("700"), JULY_FIRST))).as("ahead of plan")
                .isEqualTo(Light.GREEN);
    }

    @Test
    void aMonthCountsTowardsTheScheduleOnlyOnceItHasEnded() {
        Amount fiveMonths = Amount.ofWan("500");

        assertThat(light(rule.judge(evenly, fiveMonths, LocalDate.of(2026, 6, 30))))
                .as("the last day of June: June is not yet due").isEqualTo(Light.GREEN);
        assertThat(light(rule.judge(evenly, Amount.ofWan("480"), LocalDate.of(2026, 6, 30))))
                .as("480 of 500 due on 30 June: less than 10 points").isEqualTo(Light.GREEN);
        assertThat(light(rule.judge(evenly, Amount.ofWan("480"), JULY_FIRST))).as("the first of July: June is due")
                .isEqualTo(Light.YELLOW);
    }

    @Test
    void nothingDueYetOrAPlanOfAnotherYearGivesNoWarning() {
        assertThat(rule.judge(evenly, Amount.ZERO, LocalDate.of(2026, 1, 20))).as("January: nothing due yet")
                .isEmpty();
        assertThat(rule.judge(evenly, Amount.ZERO, LocalDate.of(2027, 3, 1))).isEmpty();
        YearPlan nothing = new YearPlan(Year.of(2026), Collections.nCopies(12, Amount.ZERO));
        assertThat(rule.judge(nothing, Amount.ZERO, JULY_FIRST)).isEmpty();
    }

    @Test
    void yellowMustComeBeforeRed() {
        assertThatThrownBy(() -> rule.change(30, 20, false)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("redPoints")));
        assertThatThrownBy(() -> rule.change(0, 20, false)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("yellowPoints")));
        assertThat(rule.redPoints()).as("a refused change changes nothing").isEqualTo(30);
        assertThat(new InvestmentPace(BigDecimal.TEN, BigDecimal.ONE).pointsBehind()).isEqualByComparingTo("9");
    }
}
