package cn.zoneflow.domain.model.assessment;

import cn.zoneflow.domain.model.zone.ZoneCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Scores and ranks the zones of each category apart. An indicator gives 0 to 100 points — completion and rates as
 * their per cent (nothing to count gives 0), counts where fewer is better as their distance from the category's
 * worst (all at 0 give 100 each) — and carries its weight of the 100; zones with equal scores share a rank.
 */
public final class Ranking {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ranking() {
    }

    public static List<AssessmentResult> rank(AssessmentPeriod period, List<AssessedFigures> zones, Weights weights,
            LocalDateTime computedAt) {
        List<AssessmentResult> results = new ArrayList<>();
        Map<ZoneCategory, List<AssessedFigures>> byCategory = zones.stream()
                .collect(Collectors.groupingBy(AssessedFigures::category));
        for (ZoneCategory category : ZoneCategory.values()) {
            List<AssessedFigures> members = byCategory.getOrDefault(category, List.of());
            List<Scored> scored = members.stream().map(zone -> score(zone, members, weights))
                    .sorted(Comparator.comparing(Scored::score).reversed()
                            .thenComparing(one -> one.zone().zone()))
                    .toList();
            for (int place = 0; place < scored.size(); place++) {
                Scored zone = scored.get(place);
                int rank = place > 0 && scored.get(place - 1).score().compareTo(zone.score()) == 0
                        ? results.get(results.size() - 1).rank() : place + 1;
                results.add(new AssessmentResult(period, zone.zone(), zone.score(), rank, zone.parts(), computedAt));
            }
        }
        return results;
    }

    private record Scored(AssessedFigures zone, BigDecimal score, List<AssessmentPart> parts) {
    }

    private static Scored score(AssessedFigures zone, List<AssessedFigures> category, Weights weights) {
        List<AssessmentPart> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (AssessmentIndicator indicator : AssessmentIndicator.values()) {
            BigDecimal figure = zone.figures().get(indicator);
            BigDecimal points = points(indicator, figure, category);
            int weight = weights.of(indicator);
            BigDecimal share = points.multiply(BigDecimal.valueOf(weight)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            parts.add(new AssessmentPart(indicator, figure, points, weight, share));
            total = total.add(share);
        }
        return new Scored(zone, total, parts);
    }

    static BigDecimal points(AssessmentIndicator indicator, BigDecimal figure, List<AssessedFigures> category) {
        if (!indicator.fewerIsBetter()) {
            return figure == null ? BigDecimal.ZERO.setScale(2)
                    : figure.max(BigDecimal.ZERO).min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal worst = category.stream().map(zone -> zone.figures().get(indicator)).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        if (worst.signum() == 0 || figure == null) {
            return HUNDRED.setScale(2);
        }
        return HUNDRED.subtract(figure.multiply(HUNDRED).divide(worst, 2, RoundingMode.HALF_UP));
    }
}
