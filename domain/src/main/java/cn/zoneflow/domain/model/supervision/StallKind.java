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

    /** What the zone is asked, with the project's dates. */
    public String requirement(StalledProject stalled) {
        return switch (this) {
            case SIGNED_NOT_STARTED -> "签而未落：项目于" + stalled.since() + "签约，应于" + stalled.expectedBy()
                    + "前开工，至今未开工。请说明原因并报开工计划。";
            case STARTED_NOT_PRODUCING -> "落而未投：项目于" + stalled.since() + "开工，应于" + stalled.expectedBy()
                    + "前投产，至今未投产。请说明原因并报投产计划。";
            case PRODUCING_NOT_EFFECTIVE -> "投而未达：项目于" + stalled.since() + "投产，应于" + stalled.expectedBy()
                    + "前达效，至今未达效。请说明原因及达效措施。";
        };
    }

    /** Whether the planned production date, when set, says when the project should have moved on. */
    public boolean judgedByPlannedProduction() {
        return this == STARTED_NOT_PRODUCING;
    }
}
