package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 记录报送及法定时限: the procedure is in progress and due after its statutory limit. */
@Named("recordSubmissionDelegate")
@Dependent
public class RecordSubmissionDelegate implements JavaDelegate {

    @Inject
    private AgencyService agency;

    @Override
    public void execute(DelegateExecution execution) {
        ProcedureStep step = ProcedureStep.of(execution);
        agency.submitted(step.projectId(), step.procedureCode(), (String) execution.getVariable(Variables.SUBMITTED_BY));
    }
}
