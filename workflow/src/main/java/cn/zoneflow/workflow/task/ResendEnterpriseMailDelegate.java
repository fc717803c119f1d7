package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.EnterpriseMailOutbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 补发企业消息邮件: the hourly sweep mails what no mail server took before. */
@Named("resendEnterpriseMailDelegate")
@Dependent
public class ResendEnterpriseMailDelegate implements JavaDelegate {

    @Inject
    private EnterpriseMailOutbox outbox;

    @Override
    public void execute(DelegateExecution execution) {
        outbox.resendUnmailed();
    }
}
