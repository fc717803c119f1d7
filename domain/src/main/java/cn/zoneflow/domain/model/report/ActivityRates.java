package cn.zoneflow.domain.model.report;

import java.time.LocalDate;
import java.util.Map;

/** The three follow-up rates of one activity's batches on their own: a point of the trend over activities. */
public record ActivityRates(String activity, LocalDate heldOn, Map<FollowUpRateKind, FollowUpRate> rates) {

    public ActivityRates {
        rates = FollowUpRate.everyKind(rates);
    }

    public FollowUpRate rate(FollowUpRateKind kind) {
        return rates.get(kind);
    }
}
