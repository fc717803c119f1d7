package cn.zoneflow.workflow.commitment;

import cn.zoneflow.domain.application.CommitmentSignatures;
import cn.zoneflow.processes.CommitmentProcess.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 开发区签署失效: the promised morning came before the enterprise signed on the portal. */
@Named("withdrawZoneSignatureDelegate")
@Dependent
public class WithdrawZoneSignatureDelegate implements JavaDelegate {

    @Inject
    private CommitmentSignatures signatures;

    @Override
    public void execute(DelegateExecution execution) {
        signatures.expire((Long) execution.getVariable(Variables.PROJECT_ID));
    }
}
