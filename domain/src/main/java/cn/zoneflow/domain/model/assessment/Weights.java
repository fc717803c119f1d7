package cn.zoneflow.domain.model.assessment;

import cn.zoneflow.domain.model.shared.Refusals;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The weights of every indicator, whole per cents adding up to 100. */
public final class Weights {

    public static final int TOTAL = 100;

    private final Map<AssessmentIndicator, Integer> byIndicator;

    private Weights(Map<AssessmentIndicator, Integer> byIndicator) {
        this.byIndicator = Collections.unmodifiableMap(new EnumMap<>(byIndicator));
    }

    /**
     * Weights as a supervisor enters them, every indicator given.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming an indicator missing or below 0 and
     *     {@code weights} when they do not add up to 100
     */
    public static Weights entered(Map<AssessmentIndicator, Integer> entered) {
        Refusals refusals = new Refusals();
        for (AssessmentIndicator indicator : AssessmentIndicator.values()) {
            Integer weight = entered.get(indicator);
            if (weight == null) {
                refusals.reject(indicator.name(), "field.required", "");
            } else if (weight < 0 || weight > TOTAL) {
                refusals.reject(indicator.name(), "assessment.weight.range", weight.toString());
            }
        }
        if (!refusals.hasErrors()) {
            int sum = entered.values().stream().mapToInt(Integer::intValue).sum();
            if (sum != TOTAL) {
                refusals.reject("weights", "assessment.weights.notHundred", Integer.toString(sum));
            }
        }
        refusals.finish();
        return new Weights(entered);
    }

    /** The weights kept, which were checked when they were set. */
    public static Weights kept(List<AssessmentWeight> kept) {
        Map<AssessmentIndicator, Integer> byIndicator = new EnumMap<>(AssessmentIndicator.class);
        kept.forEach(weight -> byIndicator.put(weight.indicator(), weight.weight()));
        return new Weights(byIndicator);
    }

    /** Sets the kept weights to these. */
    public void applyTo(List<AssessmentWeight> kept) {
        kept.forEach(weight -> weight.change(of(weight.indicator())));
    }

    public int of(AssessmentIndicator indicator) {
        return byIndicator.getOrDefault(indicator, 0);
    }

    public Map<AssessmentIndicator, Integer> asMap() {
        return byIndicator;
    }
}
