package cn.zoneflow.domain.model.shared;

import java.util.Optional;

/**
 * Where a project stands on the province's path: 储备 → 签约 → 开工 → 投产 → 达效. The order is the rule:
 * a project only ever moves to the next stage.
 */
public enum Stage {
    /** In the reserve library, not yet signed. */
    RESERVE("储备"),
    /** Contract signed. */
    SIGNED("签约"),
    /** Construction started. */
    STARTED("开工"),
    /** Production started. */
    PRODUCING("投产"),
    /** Reached the expected output. */
    EFFECTIVE("达效");

    private final String chineseName;

    Stage(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The stage as written in spreadsheets and bulletins (签约) or by programs (SIGNED). */
    public static Stage parse(String text) {
        String written = text == null ? "" : text.strip();
        for (Stage stage : values()) {
            if (stage.chineseName.equals(written) || stage.name().equalsIgnoreCase(written)) {
                return stage;
            }
        }
        throw new InvalidValueException("stage.unknown", written);
    }

    public String chineseName() {
        return chineseName;
    }

    public Optional<Stage> next() {
        return this == EFFECTIVE ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean isFinal() {
        return this == EFFECTIVE;
    }
}
