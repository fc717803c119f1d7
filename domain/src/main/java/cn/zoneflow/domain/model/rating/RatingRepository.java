package cn.zoneflow.domain.model.rating;

import cn.zoneflow.domain.model.user.Scope;
import java.time.LocalDate;
import java.util.List;

/** The enterprises' ratings of the zones' service. */
public interface RatingRepository {

    void add(ServiceRating rating);

    /** A project's ratings, the latest first. */
    List<ServiceRating> ofProject(long projectId);

    /**
     * The figures of the ratings given within the scope from one day to another, both included, zone by zone (those
     * rated at all), by city and zone.
     */
    List<RatingPlace> byZone(Scope scope, LocalDate from, LocalDate to);
}
