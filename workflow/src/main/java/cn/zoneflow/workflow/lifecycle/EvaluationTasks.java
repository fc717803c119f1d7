package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.evaluation.EvaluationFile;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * 达效评估: the officer records a producing project's figures for the last twelve months with a word on them; the
 * evaluation goes to the zone's managers as the request for 达效, with its measures beside it.
 */
@ApplicationScoped
@Transactional
public class EvaluationTasks implements StepHome {

    private static final Steps STEPS = new Steps(50, List.of(new StepForm(Activities.EVALUATE_OUTPUT,
            "/task/evaluate-output", List.of(StepForm.Field.of(EvaluationService.ACTUAL_OUTPUT, "amount", true),
                    StepForm.Field.of(EvaluationService.ANNUAL_TAX, "amount", true),
                    StepForm.Field.of(EvaluationService.ENERGY_USE, "decimal", false),
                    StepForm.Field.text(Variables.EVIDENCE, true))).dueWithin(10)));

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskSteps steps;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private StageMoveService stageMoves;

    /** The evaluations of the task's project, the latest measured against its parcel. */
    public EvaluationFile fileOf(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        return evaluations.file(steps.projectOf(task));
    }

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong figure
     * @throws TaskInputException naming {@code evidence} when the word on the figures is missing
     */
    public void evaluate(Actor actor, String taskId, String actualOutput, String annualTax, String energyUse,
            String evidence) {
        Task task = steps.take(actor, taskId, Activities.EVALUATE_OUTPUT);
        String checked = TaskSteps.requiredText(Variables.EVIDENCE, evidence);
        long projectId = steps.projectOf(task);
        evaluations.evaluate(projectId, actualOutput, annualTax, energyUse, actor.username());
        stageMoves.request(projectId, actor.username(), checked);
        steps.complete(actor, task, AuditAction.OUTPUT_EVALUATED, Map.of(Variables.EVIDENCE, checked));
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        evaluate(actor, taskId, fields.get(EvaluationService.ACTUAL_OUTPUT), fields.get(EvaluationService.ANNUAL_TAX),
                fields.get(EvaluationService.ENERGY_USE), fields.get(Variables.EVIDENCE));
    }
}
