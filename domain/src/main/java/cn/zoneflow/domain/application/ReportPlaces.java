package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places one level below a scope that a report breaks its figures down to — the cities of the province, the
 * zones of a city, none below a zone — and which of them each zone's figures add up to.
 */
final class ReportPlaces {

    /** A city or zone, with the scope that opens its own figures. */
    record Place(String name, Scope scope) {
    }

    private final Place scope;
    private final Map<Long, Place> placeOfZone = new LinkedHashMap<>();
    private final List<Place> places = new ArrayList<>();

    private ReportPlaces(Scope scope, ZoneRepository zones) {
        this.scope = new Place(nameOf(scope, zones), scope);
        // below the province the places are its cities; below a city (or a zone, none of them shown) its zones
        boolean byCity = scope.match(() -> true, city -> false, zone -> false);
        for (Zone zone : zones.zonesWithin(scope)) {
            Place place = byCity ? new Place(zone.city().fullName(), Scope.ofCity(zone.city().divisionCode()))
                    : new Place(zone.name(), Scope.ofZone(zone.id()));
            placeOfZone.put(zone.id(), place);
            if (!places.contains(place)) {
                places.add(place);
            }
        }
    }

    static ReportPlaces within(Scope scope, ZoneRepository zones) {
        return new ReportPlaces(scope, zones);
    }

    /** The scope itself, named. */
    Place scope() {
        return scope;
    }

    /** The places below the scope in the zones' order (cities by division code); none for a zone. */
    List<Place> places() {
        return scope.scope().isOneZone() ? List.of() : places;
    }

    /** The place a zone of the scope counts for. */
    Place of(long zoneId) {
        return placeOfZone.get(zoneId);
    }

    private static String nameOf(Scope scope, ZoneRepository zones) {
        return scope.match(() -> Scope.PROVINCE_NAME,
                code -> zones.cities().stream().filter(city -> city.divisionCode().equals(code))
                        .map(City::fullName).findFirst().orElseThrow(),
                id -> zones.zone(id).map(Zone::name).orElseThrow());
    }
}
