package cn.zoneflow.processes;

/**
 * Ids of the hourly sweep ({@code bpmn/overdue-sweep.bpmn}, 超期及三未巡检): every task past its deadline gets a
 * supervision notice of its own (the task stays with whoever holds it), and so does every project stalled at its
 * stage ("三未"), once per kind of stall; whoever holds a task coming near its deadline is reminded, once per task;
 * an enterprise whose commitment falls due within ten working days is reminded, once per promised date; every
 * project's warning lights are judged again against its planned dates — in a job of its own, after the notices are
 * kept, so that neither waits for nor undoes the other; and the enterprise messages no mail server took yet are
 * mailed again, in a last job of their own.
 */
public final class OverdueSweep {

    public static final String PROCESS_KEY = "overdueSweep";
    public static final String RESOURCE = "bpmn/overdue-sweep.bpmn";

    public static final class Activities {
        public static final String SWEEP_DUE = "sweepDue";
        public static final String RAISE_OVERDUE_NOTICES = "raiseOverdueNotices";
        public static final String RAISE_STALL_NOTICES = "raiseStallNotices";
        public static final String REMIND_NEAR_DEADLINES = "remindNearDeadlines";
        public static final String REMIND_COMMITMENTS_DUE = "remindCommitmentsDue";
        public static final String RECOUNT_WARNINGS = "recountWarnings";
        public static final String RESEND_ENTERPRISE_MAIL = "resendEnterpriseMail";
        public static final String SWEEP_DONE = "sweepDone";

        private Activities() {
        }
    }

    private OverdueSweep() {
    }
}
