package cn.zoneflow.domain.model.reserve;

import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.report.Ratio;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A place's reserve library: each tier's projects and investment today, those not yet graded, and for a period the
 * projects in reserve at some time during it ({@code heldDuring}: there at its start or entered in it) and those of
 * them signed within it ({@code converted}) — 储备转化率 is the second over the first.
 */
public record ReserveFigures(Map<ReserveTier, TierFigure> tiers, TierFigure ungraded, long heldDuring,
        long converted) {

    public static final ReserveFigures NONE = new ReserveFigures(Map.of(), TierFigure.NONE, 0, 0);

    public ReserveFigures {
        EnumMap<ReserveTier, TierFigure> copy = new EnumMap<>(ReserveTier.class);
        copy.putAll(tiers);
        tiers = Collections.unmodifiableMap(copy);
    }

    /** A place's figures with one tier's (null: the ungraded) added. */
    public ReserveFigures withTier(ReserveTier tier, TierFigure figure) {
        if (tier == null) {
            return new ReserveFigures(tiers, ungraded.plus(figure), heldDuring, converted);
        }
        Map<ReserveTier, TierFigure> added = new EnumMap<>(ReserveTier.class);
        added.putAll(tiers);
        added.merge(tier, figure, TierFigure::plus);
        return new ReserveFigures(added, ungraded, heldDuring, converted);
    }

    public ReserveFigures withConversion(long held, long signed) {
        return new ReserveFigures(tiers, ungraded, heldDuring + held, converted + signed);
    }

    /** Two places as one, e.g. the zones of a city. */
    public ReserveFigures plus(ReserveFigures other) {
        ReserveFigures sum = new ReserveFigures(tiers, ungraded.plus(other.ungraded), heldDuring + other.heldDuring,
                converted + other.converted);
        for (Map.Entry<ReserveTier, TierFigure> tier : other.tiers.entrySet()) {
            sum = sum.withTier(tier.getKey(), tier.getValue());
        }
        return sum;
    }

    public TierFigure tier(ReserveTier tier) {
        return tiers.getOrDefault(tier, TierFigure.NONE);
    }

    /** Everything in reserve today, graded or not. */
    public TierFigure inReserve() {
        return tiers.values().stream().reduce(ungraded, TierFigure::plus);
    }

    /** 储备转化率: of the projects in reserve during the period, those signed in it. */
    public Ratio conversion() {
        return Ratio.of(converted, heldDuring);
    }
}
