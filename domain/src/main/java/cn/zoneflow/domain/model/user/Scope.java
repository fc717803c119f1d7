package cn.zoneflow.domain.model.user;

import cn.zoneflow.domain.model.zone.Zone;
import java.util.Optional;

/**
 * Whose data a user may see and change: one zone, the zones of one city, or the whole province. Every read and
 * write of projects, tasks and reports is narrowed by it.
 */
public record Scope(Long zoneId, String cityCode) {

    public static final Scope PROVINCE = new Scope(null, null);

    /** The province as reports name it. */
    public static final String PROVINCE_NAME = "山西省";

    public static Scope ofZone(long zoneId) {
        return new Scope(zoneId, null);
    }

    public static Scope ofCity(String cityCode) {
        return new Scope(null, cityCode);
    }

    public boolean covers(Zone zone) {
        if (zoneId != null) {
            return zoneId.equals(zone.id());
        }
        return cityCode == null || cityCode.equals(zone.city().divisionCode());
    }

    public Optional<Long> zone() {
        return Optional.ofNullable(zoneId);
    }

    public Optional<String> city() {
        return Optional.ofNullable(cityCode);
    }
}
