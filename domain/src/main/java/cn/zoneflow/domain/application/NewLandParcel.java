package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.RegionalAssessment;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 登记标准地: a parcel the zone sold — its code, the zone as written, its area (亩), the day sold, the standards it
 * was sold under (万元/亩; energy in 吨标准煤/万元) and the regional assessments done for it.
 */
public record NewLandParcel(
        @Required @PlainText(max = LandParcel.CODE_MAX_LENGTH) String code,
        @Required String zone,
        @Required BigDecimal areaMu,
        @PlausibleDate LocalDate soldOn,
        @Required BigDecimal investmentIntensity,
        @Required BigDecimal outputPerMu,
        @Required BigDecimal taxPerMu,
        BigDecimal energyPerOutput,
        List<RegionalAssessment> assessments) {

    public NewLandParcel {
        code = TypedText.trimmed(code);
        zone = TypedText.trimmed(zone);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }
}
