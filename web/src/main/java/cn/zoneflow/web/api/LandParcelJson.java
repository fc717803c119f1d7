package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.web.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A standard-land parcel: area in mu, standards in 万元/亩 (energy in 吨标准煤/万元, null when sold without one), and
 * the regional assessments done, by code and by name.
 */
public record LandParcelJson(String code, String zone, String city, BigDecimal areaMu, LocalDate soldOn,
        BigDecimal investmentIntensity, BigDecimal outputPerMu, BigDecimal taxPerMu, BigDecimal energyPerOutput,
        List<String> assessments, List<String> assessmentNames) {

    static LandParcelJson of(LandParcel parcel) {
        if (parcel == null) {
            return null;
        }
        List<RegionalAssessment> done = List.copyOf(parcel.assessments());
        return new LandParcelJson(parcel.code(), parcel.zone().name(), parcel.zone().city().name(), parcel.areaMu(),
                parcel.soldOn(), parcel.investmentIntensity(), parcel.outputPerMu(), parcel.taxPerMu(),
                parcel.energyPerOutput(), done.stream().map(Enum::name).toList(),
                done.stream().map(a -> Texts.MESSAGES.get(Locale.SIMPLIFIED_CHINESE, "RegionalAssessment." + a.name()))
                        .toList());
    }
}
