package cn.zoneflow.domain.model.report;

/** One follow-up rate both ways the bulletins quote it: by the number of projects and by their investment. */
public record FollowUpRate(Ratio byCount, Ratio byInvestment) {

    public static final FollowUpRate NONE = new FollowUpRate(Ratio.NONE, Ratio.NONE);

    public FollowUpRate plus(FollowUpRate other) {
        return new FollowUpRate(byCount.plus(other.byCount), byInvestment.plus(other.byInvestment));
    }
}
