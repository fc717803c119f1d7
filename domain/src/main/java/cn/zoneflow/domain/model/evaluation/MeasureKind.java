package cn.zoneflow.domain.model.evaluation;

/** What an evaluation compares, and which way is better. */
public enum MeasureKind {
    /** 年产值 against the expected annual output, 万元. */
    ANNUAL_OUTPUT(true),
    /** 投资强度: completed investment per mu against the parcel's standard, 万元/亩. */
    INVESTMENT_INTENSITY(true),
    /** 亩均产值, 万元/亩. */
    OUTPUT_PER_MU(true),
    /** 亩均税收, 万元/亩. */
    TAX_PER_MU(true),
    /** 单位产值能耗, 吨标准煤/万元: at most the standard. */
    ENERGY_PER_OUTPUT(false);

    private final boolean higherIsBetter;

    MeasureKind(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
