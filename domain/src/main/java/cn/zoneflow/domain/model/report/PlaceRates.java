package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.user.Scope;
import java.util.Map;

/**
 * The three follow-up rates of one place: the province, a city or a zone, with the scope that opens the place
 * itself (a reader drills down from a city to its zones by it).
 */
public record PlaceRates(String name, Scope scope, Map<FollowUpRateKind, FollowUpRate> rates) {

    public PlaceRates {
        rates = FollowUpRate.everyKind(rates);
    }

    public FollowUpRate rate(FollowUpRateKind kind) {
        return rates.get(kind);
    }
}
