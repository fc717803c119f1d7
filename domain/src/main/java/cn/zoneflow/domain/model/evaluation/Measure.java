package cn.zoneflow.domain.model.evaluation;

import java.math.BigDecimal;

/** One comparison of an evaluation: what the project reached, what it had to, and whether that is enough. */
public record Measure(MeasureKind kind, BigDecimal actual, BigDecimal required) {

    public boolean met() {
        int comparison = actual.compareTo(required);
        return kind.higherIsBetter() ? comparison >= 0 : comparison <= 0;
    }
}
