package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 开始月度投资填报: from 开工 until 投产 the officer reports the investment completed each month. */
@Named("startMonthlyReportingDelegate")
@Dependent
public class StartMonthlyReportingDelegate implements JavaDelegate {

    @Inject
    private MonthlyReporting monthlyReporting;

    @Override
    public void execute(DelegateExecution execution) {
        monthlyReporting.start((Long) execution.getVariable(Variables.PROJECT_ID));
    }
}
