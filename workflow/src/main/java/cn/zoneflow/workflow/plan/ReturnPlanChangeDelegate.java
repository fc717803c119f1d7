package cn.zoneflow.workflow.plan;

import cn.zoneflow.domain.application.ProjectPlans;
import cn.zoneflow.processes.PlanChangeProcess.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 退回调整: the change is kept as returned, with the manager's reason; the plan before it stays. */
@Named("returnPlanChangeDelegate")
@Dependent
public class ReturnPlanChangeDelegate implements JavaDelegate {

    @Inject
    private ProjectPlans plans;

    @Override
    public void execute(DelegateExecution execution) {
        plans.returnChange((Long) execution.getVariable(Variables.PROJECT_ID),
                (String) execution.getVariable(Variables.RETURN_REASON),
                (String) execution.getVariable(Variables.APPROVER));
    }
}
