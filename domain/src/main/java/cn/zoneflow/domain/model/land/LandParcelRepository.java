package cn.zoneflow.domain.model.land;

import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import java.util.List;
import java.util.Optional;

/** Standard-land parcels, by their code and by the zones a user sees. */
public interface LandParcelRepository {

    Optional<LandParcel> parcelCoded(String code);

    /** Whether the code names a parcel the zone registered, the only land a project of the zone can stand on. */
    default boolean registeredIn(String code, Zone zone) {
        return parcelCoded(code).filter(parcel -> parcel.zone().equals(zone)).isPresent();
    }

    /** The parcels of the zones the scope covers, by zone and code. */
    List<LandParcel> within(Scope scope);

    void add(LandParcel parcel);
}
