package cn.zoneflow.workflow.lifecycle;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 结束月度投资填报: the project produces, so its monthly investment reporting ends. */
@Named("stopMonthlyReportingDelegate")
@Dependent
public class StopMonthlyReportingDelegate implements JavaDelegate {

    @Inject
    private MonthlyReporting monthlyReporting;

    @Override
    public void execute(DelegateExecution execution) {
        monthlyReporting.stop(execution.getProcessBusinessKey());
    }
}
