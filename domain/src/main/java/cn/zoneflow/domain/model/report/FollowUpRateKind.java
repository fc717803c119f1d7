package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.shared.Stage;

/**
 * The three follow-up rates. Each follows the projects presented in one batch of the activities (its cohort) and
 * counts those that have since reached the next stage. By investment, the bulletins weigh each differently: 开工率
 * by the total investment of the started projects, 投产率 by the investment the producing projects have completed
 * (完成投资), 达效率 by total investment again; 达效率 only looks at industrial projects (产业项目) with an
 * expected output, since infrastructure has none to reach.
 */
public enum FollowUpRateKind {
    /** 签约项目开工率. */
    SIGNED_TO_STARTED("签约项目开工率", Batch.SIGNING, false, false),
    /** 开工项目投产率. */
    STARTED_TO_PRODUCING("开工项目投产率", Batch.STARTING, true, false),
    /** 投产项目达效率. */
    PRODUCING_TO_EFFECTIVE("投产项目达效率", Batch.PRODUCING, false, true);

    private final String chineseName;
    private final Batch cohort;
    private final boolean weighedByCompletedInvestment;
    private final boolean onlyIndustrialWithOutput;

    FollowUpRateKind(String chineseName, Batch cohort, boolean weighedByCompletedInvestment,
            boolean onlyIndustrialWithOutput) {
        this.chineseName = chineseName;
        this.cohort = cohort;
        this.weighedByCompletedInvestment = weighedByCompletedInvestment;
        this.onlyIndustrialWithOutput = onlyIndustrialWithOutput;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The batch whose projects the rate follows. */
    public Batch cohort() {
        return cohort;
    }

    /** The stage a project of the cohort must have reached to count: the one after its batch's. */
    public Stage target() {
        return cohort.stage().next().orElseThrow();
    }

    public boolean onlyIndustrialWithOutput() {
        return onlyIndustrialWithOutput;
    }

    /** The rate over a cohort, as this kind weighs it. */
    public FollowUpRate over(Cohort cohort) {
        Ratio byInvestment = weighedByCompletedInvestment
                ? Ratio.of(cohort.reachedCompletedInvestment(), cohort.investment())
                : Ratio.of(cohort.reachedInvestment(), cohort.investment());
        return new FollowUpRate(Ratio.of(cohort.reached(), cohort.projects()), byInvestment);
    }
}
