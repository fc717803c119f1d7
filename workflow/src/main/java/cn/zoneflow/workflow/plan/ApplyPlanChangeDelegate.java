package cn.zoneflow.workflow.plan;

import cn.zoneflow.domain.application.ProjectPlans;
import cn.zoneflow.processes.PlanChangeProcess.Variables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** 新计划生效: the approved change becomes the project's plan, in the transaction of the approval. */
@Named("applyPlanChangeDelegate")
@Dependent
public class ApplyPlanChangeDelegate implements JavaDelegate {

    @Inject
    private ProjectPlans plans;

    @Override
    public void execute(DelegateExecution execution) {
        plans.approve((Long) execution.getVariable(Variables.PROJECT_ID),
                (String) execution.getVariable(Variables.APPROVER));
    }
}
