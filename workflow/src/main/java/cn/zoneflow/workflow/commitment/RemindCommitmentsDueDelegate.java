package cn.zoneflow.workflow.commitment;

import cn.zoneflow.domain.application.EnterpriseMessages;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 承诺期满前提醒企业: the hourly sweep's reminders of commitments falling due. */
@Named("remindCommitmentsDueDelegate")
@Dependent
public class RemindCommitmentsDueDelegate implements JavaDelegate {

    @Inject
    private EnterpriseMessages messages;

    @Override
    public void execute(DelegateExecution execution) {
        messages.remindCommitmentsDue();
    }
}
