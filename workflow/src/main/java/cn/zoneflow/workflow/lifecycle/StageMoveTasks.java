package cn.zoneflow.workflow.lifecycle;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.domain.application.StageMoveService;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.evaluation.EffectivenessDecision;
import cn.zoneflow.domain.model.evaluation.OutputEvaluation;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.StageMoveApprovals;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
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
public class StageMoveTasks implements StepHome {

    /** The approver's comment: for a 达效 evaluation, why it is 达效 though a measure was not reached. */
    public static final String COMMENT = EvaluationService.DECISION_NOTE;

    private static final List<StepForm.Field> DECISION_FIELDS = List.of(
            StepForm.Field.decision(StepForm.APPROVE, StepForm.RETURN),
            StepForm.Field.text(Variables.RETURN_REASON, false), StepForm.Field.text(COMMENT, false));
    private static final Steps STEPS = new Steps(30, List.of(
            new StepForm(Activities.REQUEST_STAGE_MOVE, "/task/request-stage-move",
                    List.of(StepForm.Field.text(Variables.EVIDENCE, true))).dueWithin(10),
            new StepForm(Activities.APPROVE_STAGE_MOVE, "/task/approve-stage-move", DECISION_FIELDS).dueWithin(5),
            new StepForm(Activities.APPROVE_STAGE_MOVE_AT_CITY, "/task/approve-stage-move", DECISION_FIELDS)
                    .dueWithin(5)));

    /** A project evaluated as not yet 达效 is evaluated again in the morning. */
    static final LocalTime REEVALUATION_AT = LocalTime.of(9, 0);

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private TaskSteps steps;

    @Inject
    private AgencyService agency;

    @Inject
    private ProjectRepository projects;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private StageMoveService stageMoves;

    /** The task with its evidence and the rounds returned so far for the stage it asks for, oldest first. */
    public StageMoveFile file(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        long projectId = steps.projectOf(task);
        Stage asked = projects.find(projectId).orElseThrow().stage().next().orElseThrow();
        List<StageMoveFile.ReturnedRound> rounds = stageMoves.roundsOf(projectId).stream()
                .filter(round -> round.status() == StageMoveRequest.Status.RETURNED
                        && round.requestedStage() == asked)
                .map(round -> new StageMoveFile.ReturnedRound(round.lastDecidedBy().orElse(null),
                        round.lastDecidedAt().orElse(null), round.returnReason()))
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
        stageMoves.request(steps.projectOf(task), actor.username(), checked);
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
        Project project = projects.find(steps.projectOf(task)).orElseThrow();
        if (Activities.APPROVE_STAGE_MOVE.equals(task.getTaskDefinitionKey())) {
            if (project.stage() == Stage.PRODUCING) {
                evaluations.decide(project.id(), EffectivenessDecision.EFFECTIVE, comment, actor.username());
            }
            stageMoves.approveAtZone(project.id(), actor.username(), comment, knownOf(task));
            decision.put(Variables.APPROVER, actor.username());
            decision.put(StageMoveApprovals.Inputs.REQUESTED_STAGE, project.stage().next().orElseThrow().name());
            decision.put(StageMoveApprovals.Inputs.TOTAL_INVESTMENT, project.totalInvestment().wan().doubleValue());
            decision.put(StageMoveApprovals.Inputs.STRATEGIC_EMERGING, project.isStrategicEmerging());
        } else {
            stageMoves.approveAtCity(project.id(), actor.username(), knownOf(task));
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
        stageMoves.returnWithReason(projectId, actor.username(), checked, knownOf(task));
        steps.complete(actor, task, AuditAction.STAGE_MOVE_RETURNED, decision);
    }

    /** What the engine holds of the open round, for a round asked before rounds were kept. */
    private StageMoveService.EngineRecord knownOf(Task task) {
        return new StageMoveService.EngineRecord((String) taskService.getVariable(task.getId(), Variables.EVIDENCE),
                (String) taskService.getVariable(task.getId(), Variables.APPROVER));
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        if (Activities.REQUEST_STAGE_MOVE.equals(taskKey)) {
            request(actor, taskId, fields.get(Variables.EVIDENCE));
        } else {
            StepForm.decide(fields, StepForm.APPROVE, StepForm.RETURN,
                    () -> approve(actor, taskId, fields.get(COMMENT)),
                    () -> returnWithReason(actor, taskId, fields.get(Variables.RETURN_REASON)));
        }
    }
}
