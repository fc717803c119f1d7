package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.user.Scope;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The three follow-up rates of one place: the province, a city or a zone, with the scope that opens the place
 * itself (a reader drills down from a city to its zones by it).
 */
public record PlaceRates(String name, Scope scope, Map<FollowUpRateKind, FollowUpRate> rates) {

    public PlaceRates {
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
