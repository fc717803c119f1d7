package cn.zoneflow.domain.model.procedure;

import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;

/** A catalogue entry's terms as the form or the API sent them, every figure and flag as text. */
public record ProcedureTermsInput(String name, String department, String statutoryDays, String commitmentEligible,
        String coveredByRegionalAssessment) {

    /** @throws InvalidInputException naming every wrong field */
    public ProcedureTerms read() {
        InputReader reader = new InputReader();
        String readName = reader.text("name", name, ProcedureTerms.NAME_MAX_LENGTH, true);
        String readDepartment = reader.text("department", department, ProcedureTerms.DEPARTMENT_MAX_LENGTH, true);
        Integer days = reader.required("statutoryDays", statutoryDays, ProcedureTermsInput::days);
        boolean eligible = reader.flag("commitmentEligible", commitmentEligible);
        boolean covered = reader.flag("coveredByRegionalAssessment", coveredByRegionalAssessment);
        reader.finish();
        return new ProcedureTerms(readName, readDepartment, days, eligible, covered);
    }

    private static Integer days(String text) {
        try {
            int days = Integer.parseInt(text);
            if (days >= 1 && days <= ProcedureTerms.STATUTORY_DAYS_MAX) {
                return days;
            }
        } catch (NumberFormatException e) {
            // refused below like a limit out of range
        }
        throw new InvalidValueException("procedure.statutoryDays.range", text);
    }
}
