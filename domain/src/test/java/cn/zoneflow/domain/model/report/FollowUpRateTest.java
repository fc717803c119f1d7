package cn.zoneflow.domain.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpRateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aRateIsRoundedHalfUpToTwoDecimalsAsTheBulletinsPrintIt() {
        assertThat(Ratio.of(Amount.ofYi("192.3"), Amount.ofYi("223.7")).percent()).isEqualByComparingTo("85.96");
        assertThat(Ratio.of(1, 8).percent()).as("12.5 exactly").isEqualByComparingTo("12.50");
        assertThat(Ratio.of(1, 3).percent()).isEqualByComparingTo("33.33");
        assertThat(Ratio.of(2, 3).percent()).isEqualByComparingTo("66.67");
    }

    @Test
    void nothingToDivideByGivesNoRateInsteadOfNaNOrAnError() {
        assertThat(Ratio.of(0, 0).percent()).isNull();
        assertThat(Ratio.of(Amount.ZERO, Amount.ZERO).percent()).isNull();
    }

    @Test
    void addingTwoPlacesAddsTheirNumeratorsAndDenominatorsNotTheirPercents() {
        Ratio sum = Ratio.of(1, 2).plus(Ratio.of(1, 8));

        assertThat(sum.numerator()).isEqualByComparingTo("2");
        assertThat(sum.denominator()).isEqualByComparingTo("10");
        assertThat(sum.percent()).isEqualByComparingTo("20.00");
    }

    @Test
    void theProducingRateIsWeighedByCompletedInvestmentTheOthersByTotalInvestment() {
        Cohort cohort = new Cohort(1, 4, Amount.ofWan("1000"), 2, Amount.ofWan("600"), Amount.ofWan("150"));

        assertThat(FollowUpRateKind.SIGNED_TO_STARTED.over(cohort).byInvestment().percent())
                .isEqualByComparingTo("60.00");
        assertThat(FollowUpRateKind.STARTED_TO_PRODUCING.over(cohort).byInvestment().percent())
                .isEqualByComparingTo("15.00");
        assertThat(FollowUpRateKind.PRODUCING_TO_EFFECTIVE.over(cohort).byInvestment().percent())
                .isEqualByComparingTo("60.00");
        assertThat(FollowUpRateKind.STARTED_TO_PRODUCING.over(cohort).byCount().percent())
                .isEqualByComparingTo("50.00");
    }

    @Test
    void aPeriodWithoutDatesRunsFromNewYearToToday() {
        RatePeriod period = RatePeriod.read(null, " ", null, TODAY);

        assertThat(period).isEqualTo(new RatePeriod(LocalDate.of(2026, 1, 1), TODAY, TODAY));
    }

    @Test
    void aPeriodEndsOnItsJudgingDayUnlessItSaysOtherwise() {
        assertThat(RatePeriod.read("2024-01-01", null, "2024-06-30", TODAY).to()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(RatePeriod.read(null, "2024-06-30", null, TODAY))
                .isEqualTo(new RatePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), TODAY));
    }

    @Test
    void aPeriodStartingAfterItsEndOrWithABadDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RatePeriod.read("2024-07-01", "2024-06-30", null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("from", "period.fromAfterTo")));
        assertThatThrownBy(() -> RatePeriod.read("2024-13-01", "2024/06/30", null, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("from", "to"));
    }
}
