package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.shared.Amount;

/** How many projects stand at a stage and their total investment (万元). */
public record StageTally(long projects, Amount investment) {

    public static final StageTally NONE = new StageTally(0, Amount.ZERO);

    public StageTally plus(StageTally other) {
        return new StageTally(projects + other.projects, investment.plus(other.investment));
    }
}
