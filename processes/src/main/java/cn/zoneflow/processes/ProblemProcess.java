package cn.zoneflow.processes;

/**
 * Ids of a problem's process ({@code bpmn/project-problem.bpmn}, 问题办理): the zone accepts it and assigns it with a
 * deadline (to its officers or to a city department that works here, which answers it or gives it back as not its
 * own), or passes it to the city; whoever solves it answers, or escalates it (zone → city → province); whoever raised
 * it confirms the answer, or reopens it for the level that answered.
 */
public final class ProblemProcess {

    public static final String PROCESS_KEY = "projectProblem";
    public static final String RESOURCE = "bpmn/project-problem.bpmn";

    public static final class Activities {
        public static final String PROBLEM_RAISED = "problemRaised";
        public static final String ACCEPT_PROBLEM = "acceptProblem";
        public static final String ACCEPTED_OR_ESCALATED = "acceptedOrEscalated";
        public static final String HANDLED_BY = "handledBy";
        public static final String HANDLE_PROBLEM = "handleProblem";
        public static final String ANSWER_PROBLEM_IN_DEPARTMENT = "answerProblemInDepartment";
        public static final String DEPARTMENT_ANSWERED_OR_RETURNED = "departmentAnsweredOrReturned";
        public static final String ZONE_ANSWERED_OR_ESCALATED = "zoneAnsweredOrEscalated";
        public static final String COORDINATE_IN_CITY = "coordinateInCity";
        public static final String CITY_ANSWERED_OR_ESCALATED = "cityAnsweredOrEscalated";
        public static final String COORDINATE_IN_PROVINCE = "coordinateInProvince";
        public static final String CONFIRM_PROBLEM = "confirmProblem";
        public static final String SOLVED_OR_REOPENED = "solvedOrReopened";
        public static final String REOPENED_FOR = "reopenedFor";
        public static final String PROBLEM_SOLVED = "problemSolved";

        private Activities() {
        }
    }

    public static final class Variables {
        /** The project the problem blocks (Long), so inboxes show it like any task. */
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        /** The problem (Long). */
        public static final String PROBLEM_ID = "problemId";
        /** The zone's managers, who accept it (candidate group). */
        public static final String MANAGER_GROUP = ProjectLifecycle.Variables.MANAGER_GROUP;
        /** The zone's officers, who see that what the zone keeps is solved and answer it (candidate group). */
        public static final String OFFICER_GROUP = ProjectLifecycle.Variables.OFFICER_GROUP;
        /**
         * The city's department the zone gave the problem to, which answers it itself (candidate group); null while
         * the zone's officers see to it.
         */
        public static final String DEPARTMENT_GROUP = "departmentGroup";
        /** The city's supervisors (candidate group). */
        public static final String CITY_GROUP = "cityGroup";
        /** The province's supervisors (candidate group). */
        public static final String PROVINCE_GROUP = "provinceGroup";
        /** Who raised it and confirms its answers (assignee). */
        public static final String RAISER = "raiser";
        /** Whether the step passed it to the level above (Boolean). */
        public static final String ESCALATED = "escalated";
        /** The level solving it: {@code ZONE}, {@code CITY} or {@code PROVINCE} (String). */
        public static final String LEVEL = "level";
        /** Whether the department gave it back to the zone as not its own (Boolean). */
        public static final String RETURNED = "returned";
        /** Whether its raiser accepted the answer (Boolean). */
        public static final String SOLVED = "solved";

        private Variables() {
        }
    }

    private ProblemProcess() {
    }
}
