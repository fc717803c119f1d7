package cn.zoneflow.domain.model.warning;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;

/**
 * What a warning watches: a planned date by which the project should have reached a stage, or the investment it
 * planned to have completed by now.
 */
public enum WarningKind {
    /** 计划开工: the planned start date. */
    START(Stage.STARTED),
    /** 计划投产: the planned production date. */
    PRODUCTION(Stage.PRODUCING),
    /** 计划达效: the planned date of reaching the expected output. */
    EFFECTIVE(Stage.EFFECTIVE),
    /** 投资序时进度: the year's investment completed against its monthly plan, watched until 达效. */
    INVESTMENT(Stage.EFFECTIVE);

    private final Stage milestone;

    WarningKind(Stage milestone) {
        this.milestone = milestone;
    }

    /** The kind as programs write it (START, production). */
    public static WarningKind parse(String text) {
        String written = text == null ? "" : text.strip();
        for (WarningKind kind : values()) {
            if (kind.name().equalsIgnoreCase(written)) {
                return kind;
            }
        }
        throw new InvalidValueException("warningKind.unknown", written);
    }

    /** Whether the warning watches a planned date (all but the investment plan). */
    public boolean isPlannedDate() {
        return this != INVESTMENT;
    }

    /** The stage the planned date is for; for the investment plan, the stage until which it is watched. */
    public Stage milestone() {
        return milestone;
    }

    /** Whether a project at this stage still has the milestone ahead: signed and not yet there (储备 has no plan). */
    public boolean pendingAt(Stage stage) {
        return stage != Stage.RESERVE && stage.compareTo(milestone) < 0;
    }
}
