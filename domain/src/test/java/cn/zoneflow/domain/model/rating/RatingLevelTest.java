package cn.zoneflow.domain.model.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatingLevelTest {

    @Test
    void aLevelIsReadByItsNameOrItsScoreAndOnlyTheTwoLowestAreBad() {
        assertThat(RatingLevel.parse("5")).isEqualTo(RatingLevel.VERY_SATISFIED);
        assertThat(RatingLevel.parse("DISSATISFIED")).isEqualTo(RatingLevel.DISSATISFIED);
        assertThat(RatingLevel.parse("1").chineseName()).isEqualTo("非常不满意");
        assertThat(RatingLevel.FAIRLY_SATISFIED.isBad()).as("基本满意 is no 差评").isFalse();
        assertThat(RatingLevel.DISSATISFIED.isBad()).isTrue();
        assertThat(RatingLevel.VERY_DISSATISFIED.isBad()).isTrue();
        assertThatThrownBy(() -> RatingLevel.parse("6")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RatingLevel.parse("satisfied")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theSatisfiedShareCountsEveryRatingAndTheRectifiedAndVisitedSharesTheBadOnes() {
        RatingFigures figures = new RatingFigures(8, 6, 4, 1, 3);

        assertThat(figures.satisfiedRate().percent()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(figures.rectifiedRate().percent()).isEqualByComparingTo(new BigDecimal("25"));
        assertThat(figures.visitedRate().percent()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(figures.plus(new RatingFigures(2, 0, 2, 0, 0)).visitedRate().percent()).as("visited of all 差评")
                .isEqualByComparingTo(new BigDecimal("50"));
        assertThat(RatingFigures.NONE.satisfiedRate().percent()).as("no rating, no rate").isNull();
    }
}
