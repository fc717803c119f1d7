package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.domain.model.evaluation.EffectivenessDecision;
import cn.zoneflow.domain.model.evaluation.OutputEvaluation;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.StageMoveApprovals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps of a stage move: the officer requests it with evidence, a manager approves it or returns it with a
 * reason, and where the decision asks for it a city supervisor does the same after the zone. Each call is one
 * transaction; an approval records the domain stage move in that same transaction. A task someone else has
 * claimed is theirs: acting on it is refused. A move is not requested while procedures required before the next
 * stage are neither done nor covered by a signed commitment. For a producing project the request is its 达效
 * evaluation, and the manager's decision on it is recorded with the evaluation.
 */
@ApplicationScoped
@Transactional
public class StageMoveTasks {

    /** A project evaluated as not yet 达效 is evaluated again in the morning. */
    static final LocalTime REEVALUATION_AT = LocalTime.of(9, 0);

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private TaskAudit audit;

    @Inject
    private TaskSteps steps;

    @Inject
    private AgencyService agency;

    @Inject
    private ProjectRepository projects;

    @Inject
    private EvaluationService evaluations;

    /** The task with its evidence and the rounds returned so far, oldest first. */
    public StageMoveFile file(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        List<StageMoveFile.ReturnedRound> rounds = taskService.getProcessInstanceComments(task.getProcessInstanceId())
                .stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(comment -> new StageMoveFile.ReturnedRound(comment.getUserId(),
                        LocalDateTime.ofInstant(comment.getTime().toInstant(), ChinaTime.ZONE),
                        comment.getFullMessage()))
                .toList();
        return new StageMoveFile(inbox.summary(actor, taskId),
                (String) taskService.getVariable(task.getId(), Variables.EVIDENCE),
                Boolean.FALSE.equals(taskService.getVariable(task.getId(), Variables.APPROVED)), rounds);
    }

    public void request(Actor actor, String taskId, String evidence) {
        Task task = steps.take(actor, taskId, Activities.REQUEST_STAGE_MOVE);
        String checked = TaskSteps.requiredText(Variables.EVIDENCE, evidence);
        List<String> open = agency.holdingBack(steps.projectOf(task));
        if (!open.isEmpty()) {
            throw new TaskInputException(Variables.EVIDENCE, "task.procedures.open", String.join("、", open));
        }
        steps.complete(actor, task, AuditAction.STAGE_MOVE_REQUESTED, Map.of(Variables.EVIDENCE, checked));
    }

    /**
     * The zone's approval, or the city's after it. The zone's carries the project's facts as they stand now, which
     * the decision on a second approval reads. Approving a producing project's evaluation finds it 达效: the
     * comment then gives the reason where a measure was not reached.
     *
     * @param comment the approver's comment, may be empty
     */
    public void approve(Actor actor, String taskId, String comment) {
        Task task = steps.take(actor, taskId, Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY);
        Map<String, Object> decision = new HashMap<>(Map.of(Variables.APPROVED, true));
        if (Activities.APPROVE_STAGE_MOVE.equals(task.getTaskDefinitionKey())) {
            Project project = projects.find(steps.projectOf(task)).orElseThrow();
            if (project.stage() == Stage.PRODUCING) {
                evaluations.decide(project.id(), EffectivenessDecision.EFFECTIVE, comment, actor.username());
            }
            decision.put(Variables.APPROVER, actor.username());
            decision.put(StageMoveApprovals.Inputs.REQUESTED_STAGE, project.stage().next().orElseThrow().name());
            decision.put(StageMoveApprovals.Inputs.TOTAL_INVESTMENT, project.totalInvestment().wan().doubleValue());
            decision.put(StageMoveApprovals.Inputs.STRATEGIC_EMERGING, project.isStrategicEmerging());
            // a city approval of an earlier move must not be taken for this one's
            decision.put(Variables.CITY_APPROVER, null);
        } else {
            decision.put(Variables.CITY_APPROVER, actor.username());
        }
        steps.complete(actor, task, AuditAction.STAGE_MOVE_APPROVED, decision);
    }

    /**
     * Returns the request with its reason. A producing project's evaluation returned is not yet 达效: it is made
     * again some months later.
     */
    public void returnWithReason(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY);
        String checked = TaskSteps.requiredText(Variables.RETURN_REASON, reason);
        Map<String, Object> decision = new HashMap<>(Map.of(Variables.APPROVED, false,
                Variables.APPROVER, actor.username(), Variables.RETURN_REASON, checked));
        long projectId = steps.projectOf(task);
        if (projects.find(projectId).orElseThrow().stage() == Stage.PRODUCING) {
            evaluations.decide(projectId, EffectivenessDecision.NOT_YET, checked, actor.username());
            decision.put(Variables.REEVALUATE_AT, Date.from(ChinaTime.today()
                    .plusMonths(OutputEvaluation.REEVALUATE_AFTER_MONTHS).atTime(REEVALUATION_AT)
                    .atZone(ChinaTime.ZONE).toInstant()));
        }
        audit.record(AuditAction.STAGE_MOVE_RETURNED, task);
        steps.inEngine(actor, task, AuditAction.STAGE_MOVE_RETURNED, () -> {
            taskService.createComment(task.getId(), task.getProcessInstanceId(), checked);
            taskService.complete(task.getId(), decision);
        });
    }

}
