package cn.zoneflow.processes;

/**
 * Ids of a plan change's process ({@code bpmn/plan-change.bpmn}, 调整计划): the zone's managers approve the change —
 * the new plan takes effect — or return it with the reason, and the plan before it stays.
 */
public final class PlanChangeProcess {

    public static final String PROCESS_KEY = "planChange";
    public static final String RESOURCE = "bpmn/plan-change.bpmn";

    public static final class Activities {
        public static final String PLAN_CHANGE_PROPOSED = "planChangeProposed";
        public static final String APPROVE_PLAN_CHANGE = "approvePlanChange";
        public static final String PLAN_CHANGE_DECIDED = "planChangeDecided";
        public static final String APPLY_PLAN_CHANGE = "applyPlanChange";
        public static final String RETURN_PLAN_CHANGE = "returnPlanChange";
        public static final String PLAN_CHANGED = "planChanged";
        public static final String PLAN_CHANGE_RETURNED = "planChangeReturned";

        private Activities() {
        }
    }

    public static final class Variables {
        /** The project whose plan changes (Long), so inboxes show it like any task. */
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        /** The version waiting for approval (Long). */
        public static final String PLAN_VERSION_ID = "planVersionId";
        /** The zone's managers (candidate group). */
        public static final String MANAGER_GROUP = ProjectLifecycle.Variables.MANAGER_GROUP;
        /** The manager's decision (Boolean). */
        public static final String APPROVED = ProjectLifecycle.Variables.APPROVED;
        /** Who decided (String). */
        public static final String APPROVER = ProjectLifecycle.Variables.APPROVER;
        /** Why the change was returned (String). */
        public static final String RETURN_REASON = ProjectLifecycle.Variables.RETURN_REASON;

        private Variables() {
        }
    }

    private PlanChangeProcess() {
    }
}
