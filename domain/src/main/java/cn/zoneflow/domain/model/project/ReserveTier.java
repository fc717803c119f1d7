package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.EnumSet;
import java.util.Set;

/**
 * How far a project in reserve (储备) has matured towards signing: 基本库 → 重点库 → 成熟库. Each tier asks what the
 * one below asks and more: an identified investor for 基本库, a signed intention for 重点库, land and funds in place
 * for 成熟库 — the project is then ready to sign.
 */
public enum ReserveTier {
    BASIC("基本库", EnumSet.of(ReserveCriterion.INVESTOR_IDENTIFIED)),
    KEY("重点库", EnumSet.of(ReserveCriterion.INVESTOR_IDENTIFIED, ReserveCriterion.INTENTION_SIGNED)),
    MATURE("成熟库", EnumSet.allOf(ReserveCriterion.class));

    private final String chineseName;

    private final Set<ReserveCriterion> requires;

    ReserveTier(String chineseName, Set<ReserveCriterion> requires) {
        this.chineseName = chineseName;
        this.requires = requires;
    }

    /** What must be confirmed before a project enters the tier (入库标准). */
    public Set<ReserveCriterion> requires() {
        return EnumSet.copyOf(requires);
    }

    /** What of the tier's criteria is not among those met, in the catalogue's order. */
    public Set<ReserveCriterion> missing(Set<ReserveCriterion> met) {
        Set<ReserveCriterion> missing = requires();
        missing.removeAll(met);
        return missing;
    }

    /** The tier as zones write it (重点库) or as programs do (KEY). */
    public static ReserveTier parse(String text) {
        String written = text.strip();
        for (ReserveTier tier : values()) {
            if (tier.chineseName.equals(written) || tier.name().equalsIgnoreCase(written)) {
                return tier;
            }
        }
        throw new InvalidValueException("reserveTier.unknown", written);
    }

    public String chineseName() {
        return chineseName;
    }
}
