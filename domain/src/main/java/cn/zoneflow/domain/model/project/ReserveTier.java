package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.shared.InvalidValueException;

/** How far a project in reserve (储备) has matured towards signing: 基本库 → 重点库 → 成熟库. */
public enum ReserveTier {
    BASIC("基本库"),
    KEY("重点库"),
    MATURE("成熟库");

    private final String chineseName;

    ReserveTier(String chineseName) {
        this.chineseName = chineseName;
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
