package cn.zoneflow.domain.model.assessment;

/**
 * What a zone is assessed on. Each gives 0 to 100 points: the target completion against 序时进度 and the rates as
 * they stand (per cent), and the counts where fewer is better as their distance from the category's worst.
 */
public enum AssessmentIndicator {
    /** 目标完成：the zone's targets of counts and amounts, each as a share of where 序时进度 says it should be. */
    TARGET_COMPLETION(false),
    SIGNED_TO_STARTED(false),
    STARTED_TO_PRODUCING(false),
    PRODUCING_TO_EFFECTIVE(false),
    /** 手续办结率. */
    CLOSURE_RATE(false),
    /** 承诺制覆盖率: the projects in the pipeline under 承诺制. */
    COMMITMENT_COVERAGE(false),
    /** "三未" projects. */
    STALLED(true),
    /** Projects at red. */
    RED_WARNINGS(true);

    private final boolean fewerIsBetter;

    AssessmentIndicator(boolean fewerIsBetter) {
        this.fewerIsBetter = fewerIsBetter;
    }

    public boolean fewerIsBetter() {
        return fewerIsBetter;
    }
}
