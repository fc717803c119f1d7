package cn.zoneflow.processes;

/**
 * Ids of the project lifecycle process ({@code bpmn/project-lifecycle.bpmn}): the officer asks to move the
 * project to its next stage, a manager approves or returns the request — and where {@link StageMoveApprovals}
 * says so the city approves or returns it after the zone — and the approved move is recorded in the domain in the
 * same transaction. A move to 开工 starts the procedures due before 投产 and the monthly investment reporting, which
 * a move to 投产 ends. It loops stage by stage until the project is 达效; once the project produces, the officer's
 * request is its 达效 evaluation, and an evaluation returned as not yet is made again some months later.
 */
public final class ProjectLifecycle {

    public static final String PROCESS_KEY = "projectLifecycle";
    public static final String RESOURCE = "bpmn/project-lifecycle.bpmn";

    public static final class Activities {
        public static final String PROJECT_REGISTERED = "projectRegistered";
        public static final String NEXT_STEP = "nextStep";
        public static final String EVALUATE_OUTPUT = "evaluateOutput";
        public static final String AFTER_RETURN = "afterReturn";
        public static final String REEVALUATION_DUE = "reevaluationDue";
        public static final String REQUEST_STAGE_MOVE = "requestStageMove";
        public static final String APPROVE_STAGE_MOVE = "approveStageMove";
        public static final String STAGE_MOVE_APPROVED = "stageMoveApproved";
        public static final String DECIDE_APPROVAL_LEVEL = "decideApprovalLevel";
        public static final String CITY_APPROVAL_REQUIRED = "cityApprovalRequired";
        public static final String APPROVE_STAGE_MOVE_AT_CITY = "approveStageMoveAtCity";
        public static final String STAGE_MOVE_APPROVED_BY_CITY = "stageMoveApprovedByCity";
        public static final String RECORD_STAGE_MOVE = "recordStageMove";
        public static final String PROJECT_EFFECTIVE = "projectEffective";
        public static final String PROJECT_COMPLETED = "projectCompleted";
        public static final String STAGE_REACHED = "stageReached";
        public static final String START_PRE_PRODUCTION_AGENCY = "startPreProductionAgency";
        public static final String START_MONTHLY_REPORTING = "startMonthlyReporting";
        public static final String STOP_MONTHLY_REPORTING = "stopMonthlyReporting";
        public static final String STAGE_WORK_ARRANGED = "stageWorkArranged";

        private Activities() {
        }
    }

    public static final class Variables {
        /** The domain project's id (Long); the business key is its project code. */
        public static final String PROJECT_ID = "projectId";
        /** Candidate group of the zone's officers, e.g. {@code officer:zone-22}. */
        public static final String OFFICER_GROUP = "officerGroup";
        /** Candidate group of the zone's managers. */
        public static final String MANAGER_GROUP = "managerGroup";
        /** Candidate group of the city's supervisors, who approve after the zone where the decision asks it. */
        public static final String CITY_GROUP = "cityGroup";
        /** The officer's evidence for the requested stage move (String). */
        public static final String EVIDENCE = "evidence";
        /** User name of the manager who decided the request (String). */
        public static final String APPROVER = "approver";
        /** Why the manager returned the request (String), required when it is returned. */
        public static final String RETURN_REASON = "returnReason";
        /** The decision on a stage-move request (Boolean), the zone's and then the city's where it approves too. */
        public static final String APPROVED = "approved";
        /** Whether the project produces, so its next move is decided on its 达效 evaluation (Boolean). */
        public static final String PRODUCING = "producing";
        /** When a project evaluated as not yet 达效 is evaluated again (Date). */
        public static final String REEVALUATE_AT = "reevaluateAt";
        /** Whether the recorded move took the project to 达效 (Boolean), set by the record step. */
        public static final String EFFECTIVE = "effective";
        /** The stage the recorded move reached (String, a {@code Stage} name), set by the record step. */
        public static final String REACHED_STAGE = "reachedStage";

        private Variables() {
        }
    }

    private ProjectLifecycle() {
    }
}
