package cn.zoneflow.domain.model.shared;

import java.util.Optional;

/**
 * Where a project stands on the province's path: 储备 → 签约 → 开工 → 投产 → 达效. The order is the rule:
 * a project only ever moves to the next stage.
 */
public enum Stage {
    /** 储备: in the reserve library, not yet signed. */
    RESERVE,
    /** 签约: contract signed. */
    SIGNED,
    /** 开工: construction started. */
    STARTED,
    /** 投产: production started. */
    PRODUCING,
    /** 达效: reached the expected output. */
    EFFECTIVE;

    public Optional<Stage> next() {
        return this == EFFECTIVE ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean isFinal() {
        return this == EFFECTIVE;
    }
}
