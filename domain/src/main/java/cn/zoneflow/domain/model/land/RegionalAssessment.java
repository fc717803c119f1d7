package cn.zoneflow.domain.model.land;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Optional;

/**
 * The seven regional assessments (区域评估) a zone completes for its standard land in advance. Six of them stand in
 * for a project's own procedure, which is then waived; the regional environmental assessment only simplifies the
 * project's own, which stays.
 */
public enum RegionalAssessment {
    GEOLOGICAL_HAZARD("GEOLOGICAL_HAZARD"),
    MINERAL_OVERLAY("MINERAL_OVERLAY"),
    SOIL_WATER("SOIL_WATER"),
    FLOOD_IMPACT("FLOOD_IMPACT"),
    ENVIRONMENTAL_IMPACT(null),
    SEISMIC_SAFETY("SEISMIC_SAFETY"),
    CULTURAL_RELICS("CULTURAL_RELICS");

    private final String waivedProcedure;

    RegionalAssessment(String waivedProcedure) {
        this.waivedProcedure = waivedProcedure;
    }

    /** @throws InvalidValueException when no assessment has this name */
    public static RegionalAssessment named(String name) {
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("landParcel.assessment.unknown", name);
        }
    }

    /** The code of the catalogue procedure this assessment makes unnecessary, if any. */
    public Optional<String> waivedProcedure() {
        return Optional.ofNullable(waivedProcedure);
    }
}
