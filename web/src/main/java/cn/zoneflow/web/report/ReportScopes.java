package cn.zoneflow.web.report;

import cn.zoneflow.domain.model.report.PlaceRates;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.user.OutsideScopeException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.web.place.PlaceNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scope a report is asked for, written as the API and the screens' links write it: {@code province},
 * {@code city:大同市} (with or without 市) or {@code zone:晋中开发区} (or one of its aliases). Without one, a reader
 * gets their own scope; one beyond it is refused.
 */
@ApplicationScoped
public class ReportScopes {

    public static final String PARAMETER = "scope";
    private static final String PROVINCE = "province";
    private static final String CITY = "city:";
    private static final String ZONE = "zone:";

    @Inject
    private PlaceNames places;

    @Inject
    private ZoneRepository zones;

    /**
     * @throws InvalidInputException when the scope is not written as above or names no city or zone
     * @throws OutsideScopeException when it reaches beyond the reader's own
     */
    public Scope resolve(String written, Scope reader) {
        Scope asked = parse(written == null ? "" : written.strip(), reader);
        if (!includes(reader, asked)) {
            throw new OutsideScopeException(asked, reader);
        }
        return asked;
    }

    /** Whether a reader of the outer scope may see everything of the inner one. */
    public boolean includes(Scope outer, Scope inner) {
        return zones.includes(outer, inner);
    }

    private Scope parse(String written, Scope reader) {
        if (written.isEmpty()) {
            return reader;
        }
        if (written.equals(PROVINCE)) {
            return Scope.PROVINCE;
        }
        String name = written.substring(written.indexOf(':') + 1);
        if (written.startsWith(CITY) && !name.isBlank()) {
            return Scope.ofCity(places.cityCode(PARAMETER, name));
        }
        if (written.startsWith(ZONE) && !name.isBlank()) {
            return Scope.ofZone(places.zoneId(PARAMETER, name));
        }
        throw InvalidInputException.of(PARAMETER, "scope.format", written);
    }

    /** The place's scope as a reader would write it to ask for it again. */
    public static String written(PlaceRates place) {
        return written(place.name(), place.scope());
    }

    /** A place of that name and scope as a reader would write it to ask for it again. */
    public static String written(String name, Scope scope) {
        return scope.match(() -> PROVINCE, city -> CITY + name, zone -> ZONE + name);
    }
}
