package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.CommitmentProcess;
import cn.zoneflow.processes.MonthlyProgress;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Completes any kind of task from the fields a form or an API client sends, checked exactly as the screens check
 * them. Also tells a client which fields each step needs.
 */
@ApplicationScoped
public class TaskCompletion {

    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    public static final String AGREEMENT_NUMBER = "agreementNumber";
    public static final String SIGNED_ON = "signedOn";
    public static final String ANSWER = "answer";
    public static final String NOTE = "note";
    public static final String COMMENT = EvaluationService.DECISION_NOTE;
    public static final String MONTH = "month";
    public static final String COMPLETED = "completed";
    public static final String PROGRESS = "progress";
    public static final String KEPT = "kept";
    public static final String NOT_KEPT = "notKept";
    public static final String RECTIFIED = "rectified";
    public static final String NOT_RECTIFIED = "notRectified";

    /** A field a step needs: its name, kind (text or choice), whether required and the choices. */
    public record FormField(String name, String type, boolean required, List<String> choices) {
    }

    @Inject
    private StageMoveTasks stageMoves;

    @Inject
    private ProcedureTasks procedures;

    @Inject
    private NoticeTasks notices;

    @Inject
    private MonthlyProgressTasks monthlyProgress;

    @Inject
    private CommitmentTasks commitments;

    @Inject
    private EvaluationTasks evaluations;

    @Inject
    private TaskInbox inbox;

    public List<FormField> fieldsOf(String step) {
        return switch (step) {
            case Activities.REQUEST_STAGE_MOVE -> List.of(new FormField(Variables.EVIDENCE, "text", true, List.of()));
            case Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY -> List.of(
                    new FormField(DECISION, "choice", true, List.of(APPROVE, RETURN)),
                    new FormField(Variables.RETURN_REASON, "text", false, List.of()),
                    new FormField(COMMENT, "text", false, List.of()));
            case Activities.EVALUATE_OUTPUT -> List.of(
                    new FormField(EvaluationService.ACTUAL_OUTPUT, "amount", true, List.of()),
                    new FormField(EvaluationService.ANNUAL_TAX, "amount", true, List.of()),
                    new FormField(EvaluationService.ENERGY_USE, "decimal", false, List.of()),
                    new FormField(Variables.EVIDENCE, "text", true, List.of()));
            case AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT -> List.of(
                    new FormField(AGREEMENT_NUMBER, "text", true, List.of()),
                    new FormField(SIGNED_ON, "date", true, List.of()),
                    new FormField(AgencyProcess.Variables.SPECIALIST, "text", true, List.of()));
            case ProcedureHandling.Activities.RECORD_DEPARTMENT_ANSWER -> List.of(
                    new FormField(DECISION, "choice", true, List.of(APPROVE, RETURN)),
                    new FormField(ProcedureHandling.Variables.APPROVAL_NUMBER, "text", false, List.of()),
                    new FormField(ProcedureHandling.Variables.CORRECTION_REASON, "text", false, List.of()));
            case SupervisionNoticeProcess.Activities.ANSWER_NOTICE -> List.of(
                    new FormField(ANSWER, "text", true, List.of()));
            case SupervisionNoticeProcess.Activities.FOLLOW_UP_NOTICE -> List.of(
                    new FormField(NOTE, "text", true, List.of()));
            case MonthlyProgress.Activities.RECORD_MONTHLY_PROGRESS -> List.of(
                    new FormField(MONTH, "month", true, List.of()),
                    new FormField(COMPLETED, "amount", true, List.of()),
                    new FormField(PROGRESS, "text", false, List.of()));
            case CommitmentProcess.Activities.SIGN_COMMITMENTS -> List.of(
                    new FormField(CommitmentService.CREDIT_COMMITTED_ON, "date", true, List.of()),
                    new FormField(CommitmentService.SERVICE_COMMITTED_ON, "date", true, List.of()),
                    new FormField(CommitmentService.PROMISED_ON, "date", true, List.of()));
            case CommitmentProcess.Activities.VERIFY_COMMITMENT -> List.of(
                    new FormField(DECISION, "choice", true, List.of(KEPT, NOT_KEPT)),
                    new FormField(NOTE, "text", false, List.of()),
                    new FormField(CommitmentService.RECTIFICATION_DUE, "date", false, List.of()));
            case CommitmentProcess.Activities.RECTIFY_COMMITMENT -> List.of(
                    new FormField(DECISION, "choice", true, List.of(RECTIFIED, NOT_RECTIFIED)),
                    new FormField(NOTE, "text", false, List.of()));
            case CommitmentProcess.Activities.REVIEW_BREACH -> List.of(new FormField(NOTE, "text", true, List.of()));
            default -> List.of();
        };
    }

    /**
     * @throws TaskAlreadyCompletedException when someone completed it first, also when both had started at once and
     *     the other's completion committed while this one was on its way
     */
    public void complete(Actor actor, String taskId, Map<String, String> fields) {
        String step = inbox.visibleTask(actor, taskId).getTaskDefinitionKey();
        try {
            complete(actor, taskId, step, fields);
        } catch (RuntimeException failure) {
            // wrong input is the user's to correct, whoever completed the task; only other failures can be a lost race
            boolean wrongInput = failure instanceof TaskInputException || failure instanceof InvalidInputException;
            if (!wrongInput && inbox.wasTheirsAndIsCompleted(actor, taskId)) {
                TaskAlreadyCompletedException completed = new TaskAlreadyCompletedException(taskId);
                completed.initCause(failure);
                throw completed;
            }
            throw failure;
        }
    }

    private void complete(Actor actor, String taskId, String step, Map<String, String> fields) {
        switch (step) {
            case Activities.REQUEST_STAGE_MOVE -> stageMoves.request(actor, taskId, fields.get(Variables.EVIDENCE));
            case Activities.EVALUATE_OUTPUT -> evaluations.evaluate(actor, taskId,
                    fields.get(EvaluationService.ACTUAL_OUTPUT), fields.get(EvaluationService.ANNUAL_TAX),
                    fields.get(EvaluationService.ENERGY_USE), fields.get(Variables.EVIDENCE));
            case Activities.APPROVE_STAGE_MOVE, Activities.APPROVE_STAGE_MOVE_AT_CITY -> decide(fields, APPROVE, RETURN,
                    () -> stageMoves.approve(actor, taskId, fields.get(COMMENT)),
                    () -> stageMoves.returnWithReason(actor, taskId, fields.get(Variables.RETURN_REASON)));
            case AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT -> procedures.signAgreement(actor, taskId,
                    fields.get(AGREEMENT_NUMBER), fields.get(SIGNED_ON), fields.get(AgencyProcess.Variables.SPECIALIST));
            case ProcedureHandling.Activities.COLLECT_MATERIALS -> procedures.materialsCollected(actor, taskId);
            case ProcedureHandling.Activities.SUBMIT_TO_DEPARTMENT -> procedures.submitted(actor, taskId);
            case ProcedureHandling.Activities.RECORD_DEPARTMENT_ANSWER -> decide(fields, APPROVE, RETURN,
                    () -> procedures.approved(actor, taskId, fields.get(ProcedureHandling.Variables.APPROVAL_NUMBER)),
                    () -> procedures.returnedForCorrection(actor, taskId,
                            fields.get(ProcedureHandling.Variables.CORRECTION_REASON)));
            case SupervisionNoticeProcess.Activities.ANSWER_NOTICE -> notices.answer(actor, taskId, fields.get(ANSWER));
            case SupervisionNoticeProcess.Activities.FOLLOW_UP_NOTICE ->
                    notices.followedUp(actor, taskId, fields.get(NOTE));
            case MonthlyProgress.Activities.RECORD_MONTHLY_PROGRESS -> monthlyProgress.record(actor, taskId,
                    fields.get(MONTH), fields.get(COMPLETED), fields.get(PROGRESS));
            case CommitmentProcess.Activities.SIGN_COMMITMENTS -> commitments.sign(actor, taskId,
                    fields.get(CommitmentService.CREDIT_COMMITTED_ON), fields.get(CommitmentService.SERVICE_COMMITTED_ON),
                    fields.get(CommitmentService.PROMISED_ON));
            case CommitmentProcess.Activities.VERIFY_COMMITMENT -> decide(fields, KEPT, NOT_KEPT,
                    () -> commitments.verify(actor, taskId, true, fields.get(NOTE), null),
                    () -> commitments.verify(actor, taskId, false, fields.get(NOTE),
                            fields.get(CommitmentService.RECTIFICATION_DUE)));
            case CommitmentProcess.Activities.RECTIFY_COMMITMENT -> decide(fields, RECTIFIED, NOT_RECTIFIED,
                    () -> commitments.checkRectification(actor, taskId, true, fields.get(NOTE)),
                    () -> commitments.checkRectification(actor, taskId, false, fields.get(NOTE)));
            case CommitmentProcess.Activities.REVIEW_BREACH -> commitments.handleBreach(actor, taskId, fields.get(NOTE));
            default -> throw new TaskInputException("task", "task.wrongStep");
        }
    }

    /** Runs the branch the {@code decision} field chose between its two values. */
    private static void decide(Map<String, String> fields, String yesValue, String noValue, Runnable yes,
            Runnable no) {
        String decision = fields.get(DECISION);
        if (yesValue.equals(decision)) {
            yes.run();
        } else if (noValue.equals(decision)) {
            no.run();
        } else {
            throw new TaskInputException(DECISION, decision == null ? "task.field.required" : "task.decision.unknown");
        }
    }
}
