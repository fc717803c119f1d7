package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.report.FollowUpRate;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.FollowUpReport;
import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.report.Ratio;
import cn.zoneflow.web.report.ReportScopes;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up rates for the province's systems: each rate by count (projects) and by investment (万元), each with
 * its numerator and denominator; a percent is null when there was nothing to divide by. {@code places} holds the
 * same for each city of the province or each zone of a city.
 */
public record RatesJson(
        String scope,
        String scopeName,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        RateJson signedToStarted,
        RateJson startedToProducing,
        RateJson producingToEffective,
        List<PlaceJson> places) {

    static RatesJson of(FollowUpReport report) {
        PlaceRates total = report.total();
        return new RatesJson(ReportScopes.written(total), total.name(), report.period().from(), report.period().to(),
                report.period().asOf(), RateJson.of(total, FollowUpRateKind.SIGNED_TO_STARTED),
                RateJson.of(total, FollowUpRateKind.STARTED_TO_PRODUCING),
                RateJson.of(total, FollowUpRateKind.PRODUCING_TO_EFFECTIVE),
                report.places().stream().map(PlaceJson::of).toList());
    }

    /** One rate, named as the bulletins name it. */
    public record RateJson(String name, RatioJson byCount, RatioJson byInvestment) {
        static RateJson of(PlaceRates place, FollowUpRateKind kind) {
            return of(place.rate(kind), kind);
        }

        static RateJson of(FollowUpRate rate, FollowUpRateKind kind) {
            return new RateJson(kind.chineseName(), RatioJson.of(rate.byCount()), RatioJson.of(rate.byInvestment()));
        }
    }

    /**
     * A numerator over a denominator and the percent it makes, rounded half-up to two decimals; the percent is
     * written as null, not left out, when there is nothing to divide by.
     */
    @JsonbNillable
    public record RatioJson(BigDecimal numerator, BigDecimal denominator, BigDecimal percent) {
        static RatioJson of(Ratio ratio) {
            return new RatioJson(ratio.numerator(), ratio.denominator(), ratio.percent());
        }
    }

    /** The rates of one city or zone within the scope asked for. */
    public record PlaceJson(String scope, String name, RateJson signedToStarted, RateJson startedToProducing,
            RateJson producingToEffective) {
        static PlaceJson of(PlaceRates place) {
            return new PlaceJson(ReportScopes.written(place), place.name(),
                    RateJson.of(place, FollowUpRateKind.SIGNED_TO_STARTED),
                    RateJson.of(place, FollowUpRateKind.STARTED_TO_PRODUCING),
                    RateJson.of(place, FollowUpRateKind.PRODUCING_TO_EFFECTIVE));
        }
    }
}
