package cn.zoneflow.processes;

/**
 * Ids of the commitment process ({@code bpmn/commitment.bpmn}, 承诺制): called by the agency once procedures are
 * planned under commitment. The dual commitment is signed — on paper, or on line by the zone and then the
 * enterprise on the portal; an enterprise that declines, or has not signed by the promised day, sends it back to the
 * zone to agree anew — and verified at the promised date; a commitment not kept
 * is rectified by a set day, and one still not kept is recorded against the enterprise's credit and goes to the
 * city's supervisors.
 */
public final class CommitmentProcess {

    public static final String PROCESS_KEY = "commitment";
    public static final String RESOURCE = "bpmn/commitment.bpmn";

    public static final class Activities {
        public static final String COMMITMENT_REQUIRED = "commitmentRequired";
        public static final String SIGN_COMMITMENTS = "signCommitments";
        public static final String ENTERPRISE_SIGNS_COMMITMENT = "enterpriseSignsCommitment";
        public static final String ENTERPRISE_SIGNED_GATEWAY = "enterpriseSignedGateway";
        public static final String SIGNING_LAPSED = "signingLapsed";
        public static final String WITHDRAW_ZONE_SIGNATURE = "withdrawZoneSignature";
        public static final String PROMISED_DATE_REACHED = "promisedDateReached";
        public static final String VERIFY_COMMITMENT = "verifyCommitment";
        public static final String COMMITMENT_KEPT = "commitmentKept";
        public static final String RECTIFY_COMMITMENT = "rectifyCommitment";
        public static final String RECTIFIED = "commitmentRectified";
        public static final String RECORD_BREACH = "recordBreach";
        public static final String REVIEW_BREACH = "reviewBreach";
        public static final String BREACH_HANDLED = "breachHandled";

        private Activities() {
        }
    }

    public static final class Variables {
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        public static final String OFFICER_GROUP = ProjectLifecycle.Variables.OFFICER_GROUP;
        public static final String SPECIALIST = AgencyProcess.Variables.SPECIALIST;
        /** Candidate group of the city's supervisors, who deal with a breach. */
        public static final String CITY_GROUP = ProjectLifecycle.Variables.CITY_GROUP;
        /** Whether the zone signed on line, so that the enterprise signs on the portal next (Boolean). */
        public static final String SIGNED_ON_LINE = "signedOnLine";
        /** Candidate group of the enterprise's portal accounts, who sign its credit commitment on line. */
        public static final String ENTERPRISE_GROUP = "enterpriseGroup";
        /** Whether the enterprise signed its credit commitment, or declined to, with its reason (Boolean). */
        public static final String ENTERPRISE_SIGNED = "enterpriseSigned";
        /**
         * When the verification falls due: the promised day's morning (Date); an enterprise that has not signed by
         * then no longer can, and the zone's signature lapses.
         */
        public static final String VERIFICATION_DUE_AT = "verificationDueAt";
        /** The verification's finding (Boolean). */
        public static final String KEPT = "commitmentKept";
        /** The rectification's finding (Boolean). */
        public static final String RECTIFIED = "rectified";

        private Variables() {
        }
    }

    private CommitmentProcess() {
    }
}
