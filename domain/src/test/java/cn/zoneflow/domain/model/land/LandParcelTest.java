package cn.zoneflow.domain.model.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import cn.zoneflow.domain.model.zone.ZoneLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class LandParcelTest {

    static final Zone YANGQUAN = new Zone("阳泉经济技术开发区", new City("140300", "阳泉"), ZoneCategory.INDUSTRIAL,
            ZoneLevel.NATIONAL);

    /** 100 mu sold at 300 万元/亩 investment, 400 万元/亩 output, 20 万元/亩 tax and 0.5 吨标准煤/万元. */
    public static LandParcel parcel(List<RegionalAssessment> done) {
        return new LandParcel("YQ-2026-03", YANGQUAN, new BigDecimal("100"), LocalDate.of(2026, 3, 1),
                new BigDecimal("300"), new BigDecimal("400"), new BigDecimal("20"), new BigDecimal("0.5"), done);
    }

    @Test
    void waivesOnlyTheProceduresItsDoneAssessmentsCover() {
        LandParcel parcel = parcel(List.of(RegionalAssessment.SOIL_WATER, RegionalAssessment.ENVIRONMENTAL_IMPACT));

        assertThat(parcel.waives("SOIL_WATER")).isTrue();
        assertThat(parcel.waives("GEOLOGICAL_HAZARD")).isFalse();
        assertThat(parcel.waives("ENVIRONMENTAL_ASSESSMENT")).as("the regional EIA only simplifies the project's").isFalse();
        assertThat(parcel.assessments()).containsExactly(RegionalAssessment.SOIL_WATER,
                RegionalAssessment.ENVIRONMENTAL_IMPACT);
    }

    @Test
    void keepsItsAreaToTwoDecimalsAndRefusesWhatIsNotPositive() {
        assertThat(new LandParcel("YQ-1", YANGQUAN, new BigDecimal("1865.55"), null, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, null, List.of()).areaMu()).isEqualByComparingTo("1865.55");
        assertThatThrownBy(() -> new LandParcel("YQ-2", YANGQUAN, BigDecimal.ZERO, null, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, null, List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("notPositive");
        assertThatThrownBy(() -> new LandParcel("YQ-3", YANGQUAN, new BigDecimal("1.234"), null, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, null, List.of())).isInstanceOf(InvalidValueException.class);
    }
}
