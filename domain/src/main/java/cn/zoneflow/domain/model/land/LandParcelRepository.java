package cn.zoneflow.domain.model.land;

import cn.zoneflow.domain.model.user.Scope;
import java.util.List;
import java.util.Optional;

/** Standard-land parcels, by their code and by the zones a user sees. */
public interface LandParcelRepository {

    Optional<LandParcel> parcelCoded(String code);

    /** The parcels of the zones the scope covers, by zone and code. */
    List<LandParcel> within(Scope scope);

    void add(LandParcel parcel);
}
