package cn.zoneflow.domain.model.zone;

import java.util.List;
import java.util.Optional;

/** The cities and zones of the province. */
public interface ZoneRepository {

    List<City> cities();

    List<Zone> zones();

    Optional<Zone> zone(long id);

    /** Finds a zone by its stored name or one of its aliases. */
    Optional<Zone> zoneCalled(String written);
}
