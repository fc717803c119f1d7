package cn.zoneflow.domain.model.annualtarget;

import cn.zoneflow.domain.model.shared.InvalidValueException;

/**
 * What a year's target is set for. Counts and amounts (万元) add up over the year and are judged against 序时进度;
 * rates (per cent) are judged as they stand.
 */
public enum TargetIndicator {
    /** 签约项目个数. */
    SIGNED_PROJECTS(Unit.COUNT),
    /** 签约项目总投资. */
    SIGNED_INVESTMENT(Unit.AMOUNT),
    /** 开工项目个数. */
    STARTED_PROJECTS(Unit.COUNT),
    /** 投产项目个数. */
    PRODUCING_PROJECTS(Unit.COUNT),
    /** 完成固定资产投资. */
    COMPLETED_INVESTMENT(Unit.AMOUNT),
    /** 完成工业投资 (产业项目). */
    INDUSTRIAL_INVESTMENT(Unit.AMOUNT),
    /** 签约项目开工率. */
    SIGNED_TO_STARTED(Unit.PERCENT),
    /** 开工项目投产率. */
    STARTED_TO_PRODUCING(Unit.PERCENT),
    /** 投产项目达效率. */
    PRODUCING_TO_EFFECTIVE(Unit.PERCENT),
    /** 手续办结率. */
    CLOSURE_RATE(Unit.PERCENT);

    /** How an indicator is counted. */
    public enum Unit {
        COUNT, AMOUNT, PERCENT
    }

    private final Unit unit;

    TargetIndicator(Unit unit) {
        this.unit = unit;
    }

    /** The indicator as programs write it (SIGNED_PROJECTS, signed_projects). */
    public static TargetIndicator parse(String text) {
        String written = text == null ? "" : text.strip();
        for (TargetIndicator indicator : values()) {
            if (indicator.name().equalsIgnoreCase(written)) {
                return indicator;
            }
        }
        throw new InvalidValueException("targetIndicator.unknown", written);
    }

    public Unit unit() {
        return unit;
    }

    /** Whether it adds up over the year, and so is judged against 序时进度. */
    public boolean isCumulative() {
        return unit != Unit.PERCENT;
    }
}
