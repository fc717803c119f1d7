package cn.zoneflow.workflow.supervision;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 超期事项生成督办: the hourly sweep. */
@Named("raiseOverdueNoticesDelegate")
@Dependent
public class RaiseOverdueNoticesDelegate implements JavaDelegate {

    @Inject
    private OverdueNotices overdueNotices;

    @Override
    public void execute(DelegateExecution execution) {
        overdueNotices.raise();
    }
}
