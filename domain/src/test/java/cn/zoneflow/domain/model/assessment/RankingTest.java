package cn.zoneflow.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.zoneflow.domain.model.shared.FieldError;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final AssessmentPeriod Q3 = AssessmentPeriod.parse("2026Q3");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 8, 9, 0);

    private static Weights weights(int target, int closure, int stalled) {
        Map<AssessmentIndicator, Integer> weights = new EnumMap<>(AssessmentIndicator.class);
        for (AssessmentIndicator indicator : AssessmentIndicator.values()) {
            weights.put(indicator, 0);
        }
        weights.put(AssessmentIndicator.TARGET_COMPLETION, target);
        weights.put(AssessmentIndicator.CLOSURE_RATE, closure);
        weights.put(AssessmentIndicator.STALLED, stalled);
        return Weights.entered(weights);
    }

    private static AssessedFigures zone(long id, ZoneCategory category, String target, String closure, long stalled) {
        Map<AssessmentIndicator, BigDecimal> figures = new EnumMap<>(AssessmentIndicator.class);
        if (target != null) {
            figures.put(AssessmentIndicator.TARGET_COMPLETION, new BigDecimal(target));
        }
        figures.put(AssessmentIndicator.CLOSURE_RATE, new BigDecimal(closure));
        figures.put(AssessmentIndicator.STALLED, BigDecimal.valueOf(stalled));
        return new AssessedFigures(id, "开发区" + id, "晋中市", category, figures);
    }

    @Test
    void eachCategoryIsRankedApartByTheWeightedPointsAndEqualScoresShareARank() {
        List<AssessmentResult> results = Ranking.rank(Q3, List.of(
                zone(1, ZoneCategory.INDUSTRIAL, "80", "90", 0),
                zone(2, ZoneCategory.INDUSTRIAL, "100", "50", 4),
                zone(3, ZoneCategory.INDUSTRIAL, "80", "90", 0),
                zone(4, ZoneCategory.AGRICULTURAL, null, "100", 2)), weights(50, 30, 20), NOW);

        // zone 1: 80×0.5 + 90×0.3 + 100×0.2 = 87; zone 2: 100×0.5 + 50×0.3 + 0×0.2 = 65; the worst "三未" has 0 points
        assertThat(results).extracting(AssessmentResult::zoneId, AssessmentResult::rank, AssessmentResult::score)
                .containsExactly(tuple(1L, 1, new BigDecimal("87.00")), tuple(3L, 1, new BigDecimal("87.00")),
                        tuple(2L, 3, new BigDecimal("65.00")), tuple(4L, 1, new BigDecimal("30.00")));
        AssessmentResult agricultural = results.get(3);
        assertThat(agricultural.parts()).filteredOn(part -> part.indicator() == AssessmentIndicator.TARGET_COMPLETION)
                .singleElement().satisfies(part -> {
                    assertThat(part.figure()).as("no targets").isNull();
                    assertThat(part.points()).isEqualByComparingTo("0");
                });
        assertThat(agricultural.parts()).filteredOn(part -> part.indicator() == AssessmentIndicator.STALLED)
                .singleElement().satisfies(part -> assertThat(part.points()).as("the worst of its category")
                        .isEqualByComparingTo("0"));
        assertThat(results.get(0).parts()).extracting(AssessmentPart::score)
                .usingElementComparator(BigDecimal::compareTo)
                .contains(new BigDecimal("40"), new BigDecimal("27"), new BigDecimal("20"));
    }

    @Test
    void weightsMustAddUpToAHundredAndEachBeGiven() {
        assertThatThrownBy(() -> weights(50, 30, 10)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).extracting(FieldError::field, FieldError::rejectedValue)
                        .containsExactly(tuple("weights", "90")));
        assertThatThrownBy(() -> Weights.entered(Map.of(AssessmentIndicator.STALLED, 100)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .hasSize(AssessmentIndicator.values().length - 1));
    }

    @Test
    void periodsAreQuartersOrYearsEndingOnTheirLastDay() {
        assertThat(Q3.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(AssessmentPeriod.parse("2026").lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(AssessmentPeriod.parse("2026q1").lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Q3.endedBy(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(Q3.endedBy(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(AssessmentPeriod.quarterOf(LocalDate.of(2026, 12, 1))).isEqualTo(new AssessmentPeriod(2026, 4));
        assertThatThrownBy(() -> AssessmentPeriod.parse("2026Q5")).hasMessageContaining("assessment.period.format");
    }
}
