package cn.zoneflow.domain.model.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class WarningRuleTest {

    private final WarningRule start = new WarningRule(WarningKind.START, YellowFrom.PLANNED_MONTH, 3, false);
    private final WarningRule production = new WarningRule(WarningKind.PRODUCTION, YellowFrom.PLANNED_DAY, 3, true);

    private static Light light(Optional<Warning> warning) {
        return warning.map(Warning::light).orElse(Light.GREEN);
    }

    @Test
    void aStartPlannedThisMonthIsYellowFromItsFirstDayAndRedOnceThreeMonthsHavePassed() {
        LocalDate planned = LocalDate.of(2026, 6, 15);

        assertThat(light(start.judge(planned, LocalDate.of(2026, 5, 31)))).isEqualTo(Light.GREEN);
        assertThat(light(start.judge(planned, LocalDate.of(2026, 6, 1)))).isEqualTo(Light.YELLOW);
        assertThat(light(start.judge(planned, LocalDate.of(2026, 9, 15)))).as("exactly three months: not yet")
                .isEqualTo(Light.YELLOW);
        assertThat(light(start.judge(planned, LocalDate.of(2026, 9, 16)))).isEqualTo(Light.RED);
    }

    @Test
    void aProductionDateIsYellowTheDayAfterItAndRedAfterThreeMonthsCountedFromTheMonthsLastDay() {
        LocalDate planned = LocalDate.of(2026, 1, 31);

        assertThat(light(production.judge(planned, planned))).isEqualTo(Light.GREEN);
        assertThat(production.judge(planned, LocalDate.of(2026, 2, 1))).contains(
                new Warning(WarningKind.PRODUCTION, Light.YELLOW, planned, 0));
        assertThat(light(production.judge(planned, LocalDate.of(2026, 4, 30)))).as("31 Jan + 3 months is 30 Apr")
                .isEqualTo(Light.YELLOW);
        assertThat(production.judge(planned, LocalDate.of(2026, 5, 1))).contains(
                new Warning(WarningKind.PRODUCTION, Light.RED, planned, 3));
    }

    @Test
    void redMustComeAfterYellowAndWithinThreeYears() {
        for (int months : new int[] {0, -1, 37}) {
            assertThatThrownBy(() -> start.change(YellowFrom.PLANNED_MONTH, months, false))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                            .singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("redAfterMonths");
                                assertThat(error.messageKey()).isEqualTo("warningRule.redAfterMonths");
                            }));
        }
        assertThat(start.redAfterMonths()).as("a refused change changes nothing").isEqualTo(3);
    }

    @Test
    void onlyMilestonesStillAheadOfASignedProjectAreJudged() {
        Map<WarningKind, WarningRule> rules = Map.of(WarningKind.START, start, WarningKind.PRODUCTION, production);
        Map<WarningKind, LocalDate> planned = Map.of(WarningKind.START, LocalDate.of(2026, 1, 10),
                WarningKind.PRODUCTION, LocalDate.of(2026, 11, 30));
        LocalDate today = LocalDate.of(2026, 12, 1);

        assertThat(ScheduleWarnings.judge(Stage.SIGNED, planned, rules, today))
                .extracting(Warning::kind, Warning::light)
                .containsExactly(Tuple.tuple(WarningKind.START, Light.RED),
                        Tuple.tuple(WarningKind.PRODUCTION, Light.YELLOW));
        assertThat(ScheduleWarnings.judge(Stage.STARTED, planned, rules, today)).extracting(Warning::kind)
                .containsExactly(WarningKind.PRODUCTION);
        assertThat(ScheduleWarnings.judge(Stage.PRODUCING, planned, rules, today)).isEmpty();
        assertThat(ScheduleWarnings.judge(Stage.RESERVE, planned, rules, today)).as("储备 has no plan to keep").isEmpty();
        assertThat(ScheduleWarnings.judge(Stage.SIGNED, Map.of(), rules, today)).as("nothing planned").isEmpty();
    }
}
