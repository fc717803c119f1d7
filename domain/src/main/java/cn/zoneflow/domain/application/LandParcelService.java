package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Registers the standard-land parcels a zone sold, with their standards and the assessments done. */
@ApplicationScoped
@Transactional
public class LandParcelService {

    /** A parcel as typed: every figure as text, the assessments by their names. */
    public record NewLandParcel(String code, String zone, String areaMu, String soldOn, String investmentIntensity,
            String outputPerMu, String taxPerMu, String energyPerOutput, List<String> assessments) {
    }

    @Inject
    private LandParcelRepository parcels;

    @Inject
    private ZoneRepository zones;

    @Inject
    private AuditTrail audit;

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public LandParcel register(Scope scope, NewLandParcel input) {
        InputReader reader = new InputReader();
        String code = reader.text("code", input.code(), LandParcel.CODE_MAX_LENGTH, true);
        if (code != null && parcels.parcelCoded(code).isPresent()) {
            reader.reject("code", "landParcel.code.taken", code);
        }
        Zone zone = reader.required("zone", input.zone(), written -> zones.zoneCalled(written)
                .orElseThrow(() -> new InvalidValueException("zone.unknown", written)));
        if (zone != null && !scope.covers(zone)) {
            reader.reject("zone", "zone.outsideScope", input.zone());
            audit.recordSeparately(AuditEvent.outsideScope("landParcel", code, "registration in " + zone.name()));
        }
        BigDecimal area = reader.required("areaMu", input.areaMu(),
                text -> LandParcel.area(InputReader.parseQuantity(text)));
        LocalDate soldOn = reader.date("soldOn", input.soldOn(), false);
        BigDecimal intensity = standard(reader, "investmentIntensity", input.investmentIntensity());
        BigDecimal output = standard(reader, "outputPerMu", input.outputPerMu());
        BigDecimal tax = standard(reader, "taxPerMu", input.taxPerMu());
        BigDecimal energy = reader.optional("energyPerOutput", input.energyPerOutput(),
                text -> LandParcel.energyStandard(InputReader.parseQuantity(text))).orElse(null);
        List<RegionalAssessment> assessments = new ArrayList<>();
        for (String name : input.assessments() == null ? List.<String>of() : input.assessments()) {
            reader.optional("assessments", name, RegionalAssessment::named).ifPresent(assessments::add);
        }
        reader.finish();
        LandParcel parcel = new LandParcel(code, zone, area, soldOn, intensity, output, tax, energy, assessments);
        parcels.add(parcel);
        audit.record(AuditEvent.success(AuditAction.LAND_PARCEL_REGISTERED, "landParcel", code));
        return parcel;
    }

    private static BigDecimal standard(InputReader reader, String field, String text) {
        return reader.required(field, text, typed -> LandParcel.standard(InputReader.parseQuantity(typed)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LandParcel> within(Scope scope) {
        return parcels.within(scope);
    }
}
