package cn.zoneflow.workflow.agency;

import cn.zoneflow.processes.ProcedureHandling.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Which project's which procedure a step of its handling is about, read from the execution. */
record ProcedureStep(long projectId, String procedureCode) {

    static ProcedureStep of(DelegateExecution execution) {
        return new ProcedureStep((Long) execution.getVariable(Variables.PROJECT_ID),
                (String) execution.getVariable(Variables.PROCEDURE_CODE));
    }
}
