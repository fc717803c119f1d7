package cn.zoneflow.processes;

/**
 * The decision which procedures a project needs ({@code dmn/required-procedures.dmn}, hit policy COLLECT): from its
 * industry, its total investment and whether it is an industrial project. Standard land and 承诺制 act afterwards, on
 * each chosen procedure, as the catalogue says (waived, or under commitment).
 */
public final class RequiredProcedures {

    public static final String DECISION_KEY = "requiredProcedures";
    public static final String RESOURCE = "dmn/required-procedures.dmn";

    public static final class Inputs {
        /** The industry's catalogue code, e.g. NEW_ENERGY (String). */
        public static final String INDUSTRY = "industry";
        /** Total investment in 万元 (Double: the decision compares it against thresholds, nothing is summed). */
        public static final String TOTAL_INVESTMENT = "totalInvestment";
        /** 产业项目 (Boolean). */
        public static final String INDUSTRIAL = "industrial";

        private Inputs() {
        }
    }

    /** The output column: a procedure code of the catalogue. */
    public static final String PROCEDURE_CODE = "procedureCode";

    private RequiredProcedures() {
    }
}
