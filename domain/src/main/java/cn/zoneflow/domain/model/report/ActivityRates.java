package cn.zoneflow.domain.model.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The three follow-up rates of one activity's batches on their own: a point of the trend over activities. */
public record ActivityRates(String activity, LocalDate heldOn, Map<FollowUpRateKind, FollowUpRate> rates) {

    public ActivityRates {
        EnumMap<FollowUpRateKind, FollowUpRate> every = new EnumMap<>(FollowUpRateKind.class);
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            every.put(kind, rates.getOrDefault(kind, FollowUpRate.NONE));
        }
        rates = Collections.unmodifiableMap(every);
    }

    public FollowUpRate rate(FollowUpRateKind kind) {
        return rates.get(kind);
    }
}
