package cn.zoneflow.web.place;

import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolves cities and zones as callers write them: 晋中 or 晋中市, 朔州经开区 or 朔州经济开发区. */
@ApplicationScoped
public class PlaceNames {

    private static final String CITY_SUFFIX = "市";

    @Inject
    private ZoneRepository zones;

    /** @return the city's division code, null when none was given */
    public String cityCode(String parameter, String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String name = written.strip();
        String shortName = name.endsWith(CITY_SUFFIX) ? name.substring(0, name.length() - 1) : name;
        return zones.cities().stream()
                .filter(city -> city.name().equals(shortName) || city.divisionCode().equals(shortName))
                .map(City::divisionCode)
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(parameter, "city.unknown", written));
    }

    /** @return the zone's id, null when none was given */
    public Long zoneId(String parameter, String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return zones.zoneCalled(written).map(Zone::id)
                .orElseThrow(() -> InvalidInputException.of(parameter, "zone.unknown", written));
    }
}
