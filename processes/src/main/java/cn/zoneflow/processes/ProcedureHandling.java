package cn.zoneflow.processes;

/**
 * Ids of the handling of one procedure ({@code bpmn/procedure-handling.bpmn}), called by {@link AgencyProcess} once
 * per procedure: collect the enterprise's materials, submit them to the issuing department, and its answer — given by
 * the department itself where it takes part in 部门联动审批, else recorded by the officer — approved (closed) or
 * returned for correction, which starts the round again.
 */
public final class ProcedureHandling {

    public static final String PROCESS_KEY = "procedureHandling";
    public static final String RESOURCE = "bpmn/procedure-handling.bpmn";

    public static final class Activities {
        public static final String PROCEDURE_REQUIRED = "procedureRequired";
        public static final String COLLECT_MATERIALS = "collectMaterials";
        public static final String SUBMIT_TO_DEPARTMENT = "submitToDepartment";
        public static final String RECORD_SUBMISSION = "recordSubmission";
        public static final String FIND_ANSWERING_DEPARTMENT = "findAnsweringDepartment";
        public static final String DEPARTMENT_TAKES_PART = "departmentTakesPart";
        /** 部门审批: the department's own users answer, where it takes part. */
        public static final String DEPARTMENT_ANSWER = "departmentAnswer";
        /** 登记部门办理结果: the officer records the answer of a department that does not take part. */
        public static final String RECORD_DEPARTMENT_ANSWER = "recordDepartmentAnswer";
        public static final String DEPARTMENT_APPROVED = "departmentApproved";
        public static final String CLOSE_PROCEDURE = "closeProcedure";
        public static final String RECORD_CORRECTION = "recordCorrection";
        public static final String PROCEDURE_CLOSED = "procedureClosed";

        private Activities() {
        }
    }

    public static final class Variables {
        public static final String PROJECT_ID = ProjectLifecycle.Variables.PROJECT_ID;
        public static final String OFFICER_GROUP = ProjectLifecycle.Variables.OFFICER_GROUP;
        public static final String SPECIALIST = AgencyProcess.Variables.SPECIALIST;
        /** The catalogue code of the procedure handled (String). */
        public static final String PROCEDURE_CODE = "procedureCode";
        /** Who submitted the materials to the department (String). */
        public static final String SUBMITTED_BY = "submittedBy";
        /** Whether the department answers in ZoneFlow itself (Boolean). */
        public static final String DEPARTMENT_TAKES_PART = "departmentTakesPart";
        /** The candidate group of the department's users, where it takes part (String). */
        public static final String DEPARTMENT_GROUP = "departmentGroup";
        /** The department's answer (Boolean). */
        public static final String DEPARTMENT_APPROVED = "departmentApproved";
        /** The department's approval number (批文号) when it approved (String). */
        public static final String APPROVAL_NUMBER = "approvalNumber";
        /** What the department asked to correct when it returned the submission (String). */
        public static final String CORRECTION_REASON = "correctionReason";

        private Variables() {
        }
    }

    private ProcedureHandling() {
    }
}
