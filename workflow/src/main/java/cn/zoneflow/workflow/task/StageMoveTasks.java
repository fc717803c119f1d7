package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.StageMoveApprovals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps of a stage move: the officer requests it with evidence, a manager approves it or returns it with a
 * reason, and where the decision asks for it a city supervisor does the same after the zone. Each call is one transaction; an approval records the domain stage move in that same transaction. A
 * task someone else has claimed is theirs: acting on it is refused. A move is not requested while procedures
 * required before the next stage are neither done nor under commitment.
 */
@ApplicationScoped
@Transactional
public class StageMoveTasks {

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private EngineIdentity identity;

    @Inject
    private TaskAudit audit;

    @Inject
    private TaskSteps steps;

    @Inject
    private AgencyService agency;

    @Inject
    private ProjectRepository projects;

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
                (String) taskService.getVariable(task.getId(), Variables.EVIDENCE), rounds);
    }

    public void request(Actor actor, String taskId, String evidence) {
        Task task = steps.take(actor, taskId, Activities.REQUEST_STAGE_MOVE);
        String checked = TaskSteps.requiredText(Variables.EVIDENCE, evidence);
        List<String> open = agency.holdingBack(projectOf(task));
        if (!open.isEmpty()) {
            throw new TaskInputException(Variables.EVIDENCE, "task.procedures.open", String.join("、", open));
        }
        audit.record(AuditAction.STAGE_MOVE_REQUESTED, task);
        identity.as(actor, () -> taskService.complete(task.getId(), Map.of(Variables.EVIDENCE, checked)));
    }

    /**
     * The zone's approval, or the city's after it. The zone's carries the project's facts as they stand now, which
     * the decision on a second approval reads.
     */
    public void approve(Actor actor, String taskId) {
        Task task = steps.take(actor, taskId, Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY);
        audit.record(AuditAction.STAGE_MOVE_APPROVED, task);
        Map<String, Object> decision = new HashMap<>(Map.of(Variables.APPROVED, true));
        if (Activities.APPROVE_STAGE_MOVE.equals(task.getTaskDefinitionKey())) {
            Project project = projects.find(projectOf(task)).orElseThrow();
            decision.put(Variables.APPROVER, actor.username());
            decision.put(StageMoveApprovals.Inputs.TOTAL_INVESTMENT, project.totalInvestment().wan().doubleValue());
            decision.put(StageMoveApprovals.Inputs.STRATEGIC_EMERGING, project.isStrategicEmerging());
            // a city approval of an earlier move must not be taken for this one's
            decision.put(Variables.CITY_APPROVER, null);
        } else {
            decision.put(Variables.CITY_APPROVER, actor.username());
        }
        identity.as(actor, () -> taskService.complete(task.getId(), decision));
    }

    public void returnWithReason(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY);
        String checked = TaskSteps.requiredText(Variables.RETURN_REASON, reason);
        audit.record(AuditAction.STAGE_MOVE_RETURNED, task);
        identity.as(actor, () -> {
            taskService.createComment(task.getId(), task.getProcessInstanceId(), checked);
            taskService.complete(task.getId(), Map.of(Variables.APPROVED, false,
                    Variables.APPROVER, actor.username(), Variables.RETURN_REASON, checked));
        });
    }

    private long projectOf(Task task) {
        return (Long) taskService.getVariable(task.getId(), Variables.PROJECT_ID);
    }
}
