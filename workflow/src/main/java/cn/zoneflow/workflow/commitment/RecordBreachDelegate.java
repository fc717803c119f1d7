package cn.zoneflow.workflow.commitment;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.processes.CommitmentProcess.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 记入企业失信记录: the commitment stayed broken after rectification. */
@Named("recordBreachDelegate")
@Dependent
public class RecordBreachDelegate implements JavaDelegate {

    @Inject
    private CommitmentService commitments;

    @Override
    public void execute(DelegateExecution execution) {
        commitments.recordBreach((Long) execution.getVariable(Variables.PROJECT_ID));
    }
}
