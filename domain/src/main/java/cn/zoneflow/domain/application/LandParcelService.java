package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Registers the standard-land parcels a zone sold, with their standards and the assessments done. */
@ApplicationScoped
@Transactional
public class LandParcelService {

    @Inject
    private LandParcelRepository parcels;

    @Inject
    private ZoneRepository zones;

    @Inject
    private AuditTrail audit;

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public LandParcel register(Scope scope, ReadCommand<NewLandParcel> input) {
        NewLandParcel parcel = input.command();
        InputReader refusals = new InputReader(input.unreadable());
        CommandCheck.check(parcel, refusals);
        if (parcel.code() != null && parcels.parcelCoded(parcel.code()).isPresent()) {
            refusals.reject("code", "landParcel.code.taken", parcel.code());
        }
        Zone zone = parcel.zone() == null ? null : zones.zoneCalled(parcel.zone()).orElse(null);
        if (parcel.zone() != null && zone == null) {
            refusals.reject("zone", "zone.unknown", parcel.zone());
        }
        if (zone != null && !scope.covers(zone)) {
            refusals.reject("zone", "zone.outsideScope", parcel.zone());
            audit.recordSeparately(AuditEvent.outsideScope("landParcel", parcel.code(),
                    "registration in " + zone.name()));
        }
        BigDecimal area = refusals.convert("areaMu", parcel.areaMu(), LandParcel::area);
        BigDecimal intensity = refusals.convert("investmentIntensity", parcel.investmentIntensity(),
                LandParcel::standard);
        BigDecimal output = refusals.convert("outputPerMu", parcel.outputPerMu(), LandParcel::standard);
        BigDecimal tax = refusals.convert("taxPerMu", parcel.taxPerMu(), LandParcel::standard);
        BigDecimal energy = refusals.convert("energyPerOutput", parcel.energyPerOutput(), LandParcel::energyStandard);
        refusals.finish();
        LandParcel registered = new LandParcel(parcel.code(), zone, area, parcel.soldOn(), intensity, output, tax,
                energy, parcel.assessments());
        parcels.add(registered);
        audit.record(AuditEvent.success(AuditAction.LAND_PARCEL_REGISTERED, "landParcel", parcel.code()));
        return registered;
    }

    /** The parcel of this code, when it lies in a zone the scope covers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LandParcel> parcelWithin(Scope scope, String code) {
        return parcels.parcelCoded(code).filter(parcel -> scope.covers(parcel.zone()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LandParcel> within(Scope scope) {
        return parcels.within(scope);
    }
}
