package cn.zoneflow.web.place;

import cn.zoneflow.domain.model.zone.City;
import java.io.Serializable;

/** A city as lists show it: 晋中 (晋中市), by its division code. */
public record CityItem(String divisionCode, String name, String fullName) implements Serializable {

    static CityItem of(City city) {
        return new CityItem(city.divisionCode(), city.name(), city.fullName());
    }
}
