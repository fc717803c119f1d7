package cn.zoneflow.domain.model.procedure;

/**
 * What the system administrator may change of a catalogue entry when rules change: its name, the issuing
 * department, the statutory limit in working days, and whether a commitment may stand in for it or a regional
 * assessment makes it unnecessary. Its code and the stage it must be done before are fixed: the lifecycle's
 * decisions name them.
 */
public record ProcedureTerms(String name, String department, int statutoryDays, boolean commitmentEligible,
        boolean coveredByRegionalAssessment) {

    public static final int NAME_MAX_LENGTH = 60;
    public static final int DEPARTMENT_MAX_LENGTH = 60;
    /** A year of working days: no statute gives a department longer. */
    public static final int STATUTORY_DAYS_MAX = 250;

    /** For the audit trail: the terms in a line. */
    public String summary() {
        return String.join(" / ", name, department, statutoryDays + " 工作日", commitmentEligible ? "可承诺" : "不可承诺",
                coveredByRegionalAssessment ? "区域评估免办" : "须单独办理");
    }

    public static ProcedureTerms of(Procedure procedure) {
        return new ProcedureTerms(procedure.name(), procedure.department(), procedure.statutoryDays(),
                procedure.isCommitmentEligible(), procedure.isCoveredByRegionalAssessment());
    }
}
