package cn.zoneflow.processes;

/**
 * Ids of the agency process ({@code bpmn/agency-service.bpmn}, 全代办): the agency agreement is signed and names the
 * specialist, the decision table {@link RequiredProcedures} chooses the procedures, and each one is handled in its
 * own {@link ProcedureHandling} instance — those before 开工 at once, those before 投产 once the project started —
 * while procedures planned under commitment have their {@link CommitmentProcess} alongside.
 */
public final class AgencyProcess {

    public static final String PROCESS_KEY = "agencyService";
    public static final String RESOURCE = "bpmn/agency-service.bpmn";
    /** Correlated by the project code (business key) when the project's move to 开工 is recorded. */
    public static final String PROJECT_STARTED_MESSAGE = "projectStarted";

    public static final class Activities {
        public static final String AGENCY_REQUESTED = "agencyRequested";
        public static final String SIGN_AGENCY_AGREEMENT = "signAgencyAgreement";
        public static final String DECIDE_REQUIRED_PROCEDURES = "decideRequiredProcedures";
        public static final String PLAN_PROCEDURES = "planProcedures";
        public static final String HANDLE_PROCEDURES_BEFORE_START = "handleProceduresBeforeStart";
        public static final String PROJECT_ALREADY_STARTED = "projectAlreadyStarted";
        public static final String PROJECT_STARTED = "projectStarted";
        public static final String HANDLE_PROCEDURES_BEFORE_PRODUCTION = "handleProceduresBeforeProduction";
        public static final String ANY_COMMITTED = "anyCommitted";
        public static final String KEEP_COMMITMENT = "keepCommitment";
        public static final String AGENCY_COMPLETED = "agencyCompleted";

        private Activities() {
        }
    }

    public static final class Variables {
        /** The domain project's id (Long). */
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        /** Candidate group of the zone's officers. */
        public static final String OFFICER_GROUP = ProjectLifecycle.Variables.OFFICER_GROUP;
        /** User name of the agency specialist (代办专员) the agreement names (String). */
        public static final String SPECIALIST = "specialist";
        /** What the decision table chose (List of procedure codes). */
        public static final String REQUIRED_PROCEDURES = "requiredProcedures";
        /** The procedures the officers handle before 开工, and before 投产 (Lists of procedure codes). */
        public static final String PROCEDURES_BEFORE_START = "proceduresBeforeStart";
        public static final String PROCEDURES_BEFORE_PRODUCTION = "proceduresBeforeProduction";
        /** Candidate group of the city's supervisors, who deal with a broken commitment. */
        public static final String CITY_GROUP = ProjectLifecycle.Variables.CITY_GROUP;
        /** Whether any procedure was planned under commitment, so the dual commitment is signed (Boolean). */
        public static final String ANY_COMMITTED = "anyCommitted";
        /** Whether the project had already started when its procedures were planned (Boolean). */
        public static final String ALREADY_STARTED = "alreadyStarted";

        private Variables() {
        }
    }

    private AgencyProcess() {
    }
}
