package cn.zoneflow.domain.model.report;

import java.util.List;

/**
 * The follow-up rates of a scope over a period, and the same rates for each place one level down: the cities of
 * the province, the zones of a city (a zone has no places below it).
 */
public record FollowUpReport(RatePeriod period, PlaceRates total, List<PlaceRates> places) {
}
