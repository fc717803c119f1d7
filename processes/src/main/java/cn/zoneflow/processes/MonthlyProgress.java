package cn.zoneflow.processes;

/**
 * Ids of the monthly reporting of a project under construction ({@code bpmn/monthly-progress.bpmn}): from the day
 * it starts, the zone's officers report each month's completed investment; the reporting ends when the project
 * starts production.
 */
public final class MonthlyProgress {

    public static final String PROCESS_KEY = "monthlyProgress";
    public static final String RESOURCE = "bpmn/monthly-progress.bpmn";
    /** Correlated by the project code when the project's move to 投产 is recorded. */
    public static final String PROJECT_PRODUCING_MESSAGE = "projectProducing";

    public static final class Activities {
        public static final String CONSTRUCTION_STARTED = "constructionStarted";
        public static final String RECORD_MONTHLY_PROGRESS = "recordMonthlyProgress";
        public static final String WAIT_FOR_NEXT_MONTH = "waitForNextMonth";
        public static final String NEXT_MONTH = "nextMonth";
        public static final String PROJECT_PRODUCING = "projectProducing";
        public static final String CONSTRUCTION_FINISHED = "constructionFinished";

        private Activities() {
        }
    }

    public static final class Variables {
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        public static final String OFFICER_GROUP = ProjectLifecycle.Variables.OFFICER_GROUP;
        /** When the next report is due (Date): once the month after the one just reported has ended. */
        public static final String NEXT_MONTH_STARTS_AT = "nextMonthStartsAt";

        private Variables() {
        }
    }

    private MonthlyProgress() {
    }
}
