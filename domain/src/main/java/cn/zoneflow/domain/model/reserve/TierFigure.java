package cn.zoneflow.domain.model.reserve;

import cn.zoneflow.domain.model.shared.Amount;

/** How many projects a tier holds and their planned investment (万元). */
public record TierFigure(long projects, Amount investment) {

    public static final TierFigure NONE = new TierFigure(0, Amount.ZERO);

    public TierFigure plus(TierFigure other) {
        return new TierFigure(projects + other.projects, investment.plus(other.investment));
    }
}
