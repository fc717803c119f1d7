package cn.zoneflow.workflow.plan;

import cn.zoneflow.domain.application.ProjectPlans;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.processes.PlanChangeProcess.Activities;
import cn.zoneflow.processes.PlanChangeProcess.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * 审批计划调整: a zone manager approves a change to a project's plan, or returns it with the reason. Each call is one
 * transaction with the plan itself.
 */
@ApplicationScoped
@Transactional
public class PlanChangeTasks implements StepHome {

    private static final Steps STEPS = new Steps(70, List.of(
            new StepForm(Activities.APPROVE_PLAN_CHANGE, "/task/approve-plan-change", List.of(
                    StepForm.Field.decision(StepForm.APPROVE, StepForm.RETURN),
                    StepForm.Field.text(Variables.RETURN_REASON, false))).dueWithin(5)));

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskSteps steps;

    @Inject
    private ProjectPlans plans;

    /** The plan the task is about, with the change waiting in it. */
    public ProjectPlan planOf(Actor actor, String taskId) {
        return plans.planOf(steps.projectOf(inbox.visibleTask(actor, taskId)));
    }

    public void approve(Actor actor, String taskId) {
        Task task = steps.take(actor, taskId, Activities.APPROVE_PLAN_CHANGE);
        steps.complete(actor, task, AuditAction.PLAN_CHANGE_APPROVED,
                Map.of(Variables.APPROVED, true, Variables.APPROVER, actor.username()));
    }

    /**
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code returnReason} when it is missing
     */
    public void returnWithReason(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.APPROVE_PLAN_CHANGE);
        String checked = TaskSteps.requiredText(Variables.RETURN_REASON, reason, PlanVersion.REASON_MAX_LENGTH);
        steps.complete(actor, task, AuditAction.PLAN_CHANGE_RETURNED, Map.of(Variables.APPROVED, false,
                Variables.APPROVER, actor.username(), Variables.RETURN_REASON, checked));
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        StepForm.decide(fields, StepForm.APPROVE, StepForm.RETURN, () -> approve(actor, taskId),
                () -> returnWithReason(actor, taskId, fields.get(Variables.RETURN_REASON)));
    }
}
