package cn.zoneflow.domain.model.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One follow-up rate both ways the bulletins quote it: by the number of projects and by their investment. */
public record FollowUpRate(Ratio byCount, Ratio byInvestment) {

    public static final FollowUpRate NONE = new FollowUpRate(Ratio.NONE, Ratio.NONE);

    /** The rates given and {@link #NONE} for each kind missing, so that every rate can be asked for. */
    static Map<FollowUpRateKind, FollowUpRate> everyKind(Map<FollowUpRateKind, FollowUpRate> rates) {
        EnumMap<FollowUpRateKind, FollowUpRate> every = new EnumMap<>(FollowUpRateKind.class);
        for (FollowUpRateKind kind : FollowUpRateKind.values()) {
            every.put(kind, rates.getOrDefault(kind, NONE));
        }
        return Collections.unmodifiableMap(every);
    }

    public FollowUpRate plus(FollowUpRate other) {
        return new FollowUpRate(byCount.plus(other.byCount), byInvestment.plus(other.byInvestment));
    }
}
