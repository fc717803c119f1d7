package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 手续办结: the department approved; the procedure is closed under its approval number. */
@Named("closeProcedureDelegate")
@Dependent
public class CloseProcedureDelegate implements JavaDelegate {

    @Inject
    private AgencyService agency;

    @Override
    public void execute(DelegateExecution execution) {
        ProcedureStep step = ProcedureStep.of(execution);
        agency.closed(step.projectId(), step.procedureCode(), (String) execution.getVariable(Variables.APPROVAL_NUMBER));
    }
}
