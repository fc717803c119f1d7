package cn.zoneflow.domain.model.supervision;

import cn.zoneflow.domain.model.shared.Stage;

/**
 * The "三未" supervisors chase: projects stalled at a stage longer than they should be. How long is too long is
 * data ({@code stall_rule}), in months; 落而未投 is judged by the planned production date where the project has one.
 */
public enum StallKind {
    /** 签而未落: signed, not started. */
    SIGNED_NOT_STARTED(Stage.SIGNED),
    /** 落而未投: started, not producing. */
    STARTED_NOT_PRODUCING(Stage.STARTED),
    /** 投而未达: producing, not reached its expected output. */
    PRODUCING_NOT_EFFECTIVE(Stage.PRODUCING);

    private final Stage stage;

    StallKind(Stage stage) {
        this.stage = stage;
    }

    /** The stage a stalled project of this kind is still at. */
    public Stage stage() {
        return stage;
    }

    /** Whether the planned production date, when set, says when the project should have moved on. */
    public boolean judgedByPlannedProduction() {
        return this == STARTED_NOT_PRODUCING;
    }
}
