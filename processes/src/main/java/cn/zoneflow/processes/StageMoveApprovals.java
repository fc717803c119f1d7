package cn.zoneflow.processes;

/**
 * The decision who must approve a stage move ({@code dmn/stage-move-approvals.dmn}, hit policy FIRST): the zone's
 * managers always; a second, city-level approval for projects of 10亿元 and more, and for strategic-emerging
 * projects of 5亿元 and more — except for 达效, which the zone's managers decide on its evaluation.
 */
public final class StageMoveApprovals {

    public static final String DECISION_KEY = "stageMoveApprovals";
    public static final String RESOURCE = "dmn/stage-move-approvals.dmn";

    public static final class Inputs {
        /** The stage the move is to, by its name, e.g. {@code STARTED} (String). */
        public static final String REQUESTED_STAGE = "requestedStage";
        /** Total investment in 万元 (Double: compared against thresholds only). */
        public static final String TOTAL_INVESTMENT = "totalInvestment";
        /** 战新项目 (Boolean). */
        public static final String STRATEGIC_EMERGING = "strategicEmerging";

        private Inputs() {
        }
    }

    /** The output: whether the city must approve after the zone (Boolean). */
    public static final String CITY_APPROVAL_REQUIRED = "cityApprovalRequired";

    private StageMoveApprovals() {
    }
}
