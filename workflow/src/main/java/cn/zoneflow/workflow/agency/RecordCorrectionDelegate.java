package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 记录补正要求: the department returned the submission; the procedure waits for corrected materials. */
@Named("recordCorrectionDelegate")
@Dependent
public class RecordCorrectionDelegate implements JavaDelegate {

    @Inject
    private AgencyService agency;

    @Override
    public void execute(DelegateExecution execution) {
        ProcedureStep step = ProcedureStep.of(execution);
        agency.returnedForCorrection(step.projectId(), step.procedureCode(),
                (String) execution.getVariable(Variables.CORRECTION_REASON));
    }
}
