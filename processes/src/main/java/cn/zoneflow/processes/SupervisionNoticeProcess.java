package cn.zoneflow.processes;

/**
 * Ids of a supervision notice's process ({@code bpmn/supervision-notice.bpmn}, 督办通知): the addressee — or the
 * zone's officers — answers by the deadline; past it, the notice is escalated and its issuer (or the city's
 * supervisors, for notices the overdue sweep raised) follows it up while the answer stays open.
 */
public final class SupervisionNoticeProcess {

    public static final String PROCESS_KEY = "supervisionNotice";
    public static final String RESOURCE = "bpmn/supervision-notice.bpmn";

    public static final class Activities {
        public static final String NOTICE_ISSUED = "noticeIssued";
        public static final String ANSWER_NOTICE = "answerNotice";
        public static final String NOTICE_OVERDUE = "noticeOverdue";
        public static final String ESCALATE_NOTICE = "escalateNotice";
        public static final String FOLLOW_UP_NEEDED = "followUpNeeded";
        public static final String ESCALATED_AGAIN = "escalatedAgain";
        public static final String FOLLOW_UP_NOTICE = "followUpNotice";
        public static final String NOTICE_ANSWERED = "noticeAnswered";
        public static final String NOTICE_FOLLOWED_UP = "noticeFollowedUp";

        private Activities() {
        }
    }

    public static final class Variables {
        /** The domain notice's id (Long). */
        public static final String NOTICE_ID = "noticeId";
        /** The project it is about (Long), so inboxes show it like any task. */
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        /** Who must answer (String), or null for the zone's officers. */
        public static final String ADDRESSEE = "addressee";
        public static final String OFFICER_GROUP = ProjectLifecycle.Variables.OFFICER_GROUP;
        /**
         * When the unanswered notice is escalated: at the end of its deadline day and every day after (String, an
         * ISO 8601 repeating interval such as {@code R/2026-12-04T15:59:59Z/P1D}).
         */
        public static final String NOTICE_OVERDUE_CYCLE = "noticeOverdueCycle";
        /** Whether this escalation is the first, which its issuer follows up (Boolean). */
        public static final String FOLLOW_UP_NEEDED = "followUpNeeded";
        /** Who follows an escalated notice up (String): its issuer, or null for the city's supervisors. */
        public static final String FOLLOW_UP_ASSIGNEE = "followUpAssignee";
        /** The city's supervisors (candidate group). */
        public static final String FOLLOW_UP_GROUP = "followUpGroup";

        private Variables() {
        }
    }

    private SupervisionNoticeProcess() {
    }
}
