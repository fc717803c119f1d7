package cn.zoneflow.domain.model.zone;

import cn.zoneflow.domain.model.user.Scope;
import java.util.List;
import java.util.Optional;

/** The cities and zones of the province. */
public interface ZoneRepository {

    List<City> cities();

    List<Zone> zones();

    Optional<Zone> zone(long id);

    /** The zones a user of this scope works on or watches. */
    default List<Zone> zonesWithin(Scope scope) {
        return zones().stream().filter(scope::covers).toList();
    }

    /** The cities a user of this scope watches whole: every city for the province, none for a city or a zone. */
    default List<City> citiesWatchedWhole(Scope scope) {
        return scope.match(this::cities, city -> List.of(), zone -> List.of());
    }

    /** Whether a user of the outer scope may see everything of the inner one: every zone it covers. */
    default boolean includes(Scope outer, Scope inner) {
        return zonesWithin(outer).containsAll(zonesWithin(inner));
    }

    /** Adds a zone to the city; @return its id */
    long add(City city, ZoneTerms terms);

    /**
     * Gives the zone new terms, unless it changed since the given version was read.
     *
     * @return whether it was changed; false when it is unknown or another change came first
     */
    boolean change(long id, long version, ZoneTerms terms);

    /** Finds a zone by its stored name or one of its aliases. */
    Optional<Zone> zoneCalled(String written);
}
