package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.processes.SupervisionNoticeProcess.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * 升级督办: the notice's deadline passed unanswered (again); the domain counts the escalation and says whether its
 * issuer follows it up now.
 */
@Named("escalateNoticeDelegate")
@Dependent
public class EscalateNoticeDelegate implements JavaDelegate {

    @Inject
    private SupervisionService supervision;

    @Override
    public void execute(DelegateExecution execution) {
        SupervisionNotice notice = supervision.escalate((Long) execution.getVariable(Variables.NOTICE_ID));
        execution.setVariable(Variables.FOLLOW_UP_NEEDED, notice.needsFollowUp());
    }
}
