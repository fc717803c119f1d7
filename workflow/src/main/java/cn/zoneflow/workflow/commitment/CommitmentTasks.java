package cn.zoneflow.workflow.commitment;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.application.CommitmentSignatures;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentText;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.processes.CommitmentProcess.Activities;
import cn.zoneflow.processes.CommitmentProcess.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps of 承诺制: the officer records the dual commitment signed on paper, or signs the zone's half on line for
 * the enterprise to sign its own on the portal; then verifies it at the promised date and checks
 * the rectification; the city's supervisor records how a breach was dealt with. Each call is one transaction with
 * the commitment; a refused field leaves the task open and the commitment unchanged.
 */
@ApplicationScoped
@Transactional
public class CommitmentTasks implements StepHome {

    /** How the dual commitment is signed: on paper (the officer records the dates) or on line (the default paper). */
    public static final String SIGNING = "signing";
    public static final String ON_PAPER = "paper";
    public static final String ON_LINE = "online";
    public static final String KEPT = "kept";
    public static final String NOT_KEPT = "notKept";
    public static final String RECTIFIED = "rectified";
    public static final String NOT_RECTIFIED = "notRectified";

    private static final String PAGE = "/task/commitment";
    private static final Steps STEPS = new Steps(20, List.of(
            new StepForm(Activities.SIGN_COMMITMENTS, PAGE, List.of(
                    new StepForm.Field(SIGNING, "choice", false, List.of(ON_PAPER, ON_LINE)),
                    StepForm.Field.of(CommitmentService.CREDIT_COMMITTED_ON, "date", false),
                    StepForm.Field.of(CommitmentService.SERVICE_COMMITTED_ON, "date", false),
                    StepForm.Field.of(CommitmentService.PROMISED_ON, "date", true),
                    StepForm.Field.of(CommitmentSignatures.PASSWORD, "password", false))).dueWithin(3),
            new StepForm(Activities.ENTERPRISE_SIGNS_COMMITMENT, "/portal/project", List.of(
                    StepForm.Field.text(CommitmentSignatures.TEXT_SHA256, true),
                    StepForm.Field.of(CommitmentSignatures.PASSWORD, "password", true))),
            new StepForm(Activities.VERIFY_COMMITMENT, PAGE, List.of(StepForm.Field.decision(KEPT, NOT_KEPT),
                    StepForm.Field.text(CommitmentService.NOTE, false),
                    StepForm.Field.of(CommitmentService.RECTIFICATION_DUE, "date", false))).dueWithin(5),
            new StepForm(Activities.RECTIFY_COMMITMENT, PAGE, List.of(
                    StepForm.Field.decision(RECTIFIED, NOT_RECTIFIED),
                    StepForm.Field.text(CommitmentService.NOTE, false))),
            new StepForm(Activities.REVIEW_BREACH, PAGE, List.of(StepForm.Field.text(CommitmentService.NOTE, true)))
                    .dueWithin(5)));

    /** The verification falls due in the morning of the promised day. */
    static final LocalTime VERIFICATION_AT = LocalTime.of(9, 0);

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskSteps steps;

    @Inject
    private CommitmentService commitments;

    @Inject
    private CommitmentSignatures signatures;

    @Inject
    private TaskService taskService;

    /** The credit commitment the enterprise is to sign on its project: the text, and the step its signing completes. */
    public record EnterpriseSigning(String taskId, CommitmentText text) {
    }

    /** The commitment of the task's project, with the procedures it covers. */
    public CommitmentFile fileOf(Actor actor, String taskId) {
        return commitments.file(steps.projectOf(inbox.visibleTask(actor, taskId)));
    }

    /**
     * 签订双承诺书.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong date
     */
    public Commitment sign(Actor actor, String taskId, String creditCommittedOn, String serviceCommittedOn,
            String promisedOn) {
        Task task = steps.take(actor, taskId, Activities.SIGN_COMMITMENTS);
        Commitment commitment = commitments.sign(steps.projectOf(task), creditCommittedOn, serviceCommittedOn,
                promisedOn, actor.username());
        steps.complete(actor, task, AuditAction.COMMITMENT_SIGNED,
                Map.of(Variables.VERIFICATION_DUE_AT, verificationDue(commitment.promisedOn()),
                        Variables.SIGNED_ON_LINE, false));
        return commitment;
    }

    /**
     * 签订双承诺书 on line: the officer sets the promised date and signs the zone's service commitment with their
     * password; the enterprise signs its credit commitment on the portal next.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code promisedOn} or {@code password}
     */
    public CommitmentSignature signOnLine(Actor actor, String taskId, String promisedOn, String password) {
        Task task = steps.take(actor, taskId, Activities.SIGN_COMMITMENTS);
        CommitmentSignature zone = signatures.signForZone(steps.projectOf(task), promisedOn, actor.username(),
                password);
        steps.complete(actor, task, AuditAction.COMMITMENT_SIGNED,
                Map.of(Variables.VERIFICATION_DUE_AT, verificationDue(zone.promisedOn()),
                        Variables.SIGNED_ON_LINE, true,
                        Variables.ENTERPRISE_GROUP, Role.ENTERPRISE.groupIn(zone.project().enterprise())));
        return zone;
    }

    /** What waits for the enterprise's signature on one of its projects; empty when nothing does. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EnterpriseSigning> enterpriseSigning(Actor actor, long projectId) {
        if (actor.groups().isEmpty()) {
            return Optional.empty();
        }
        return taskService.createTaskQuery().taskDefinitionKey(Activities.ENTERPRISE_SIGNS_COMMITMENT)
                .processVariableValueEquals(Variables.PROJECT_ID, projectId)
                .taskCandidateGroupIn(List.copyOf(actor.groups()))
                .list().stream().findFirst()
                .flatMap(task -> signatures.awaitingEnterprise(projectId)
                        .map(text -> new EnterpriseSigning(task.getId(), text)));
    }

    /**
     * 企业签署信用承诺书: the enterprise signs the text it read, named by its hash, with its password.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code textSha256} when the text changed
     *     since it was read, or {@code password}
     */
    public Commitment signAsEnterprise(Actor actor, String taskId, String textSha256, String password) {
        Task task = steps.take(actor, taskId, Activities.ENTERPRISE_SIGNS_COMMITMENT);
        Commitment commitment = signatures.signForEnterprise(steps.projectOf(task), textSha256, actor.username(),
                password);
        steps.complete(actor, task, AuditAction.COMMITMENT_SIGNED, Map.of(Variables.ENTERPRISE_SIGNED, true));
        return commitment;
    }

    /**
     * 企业拒签: the enterprise declines to sign, saying why; the zone's signature lapses and the officer agrees the
     * commitment anew.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code reason}
     */
    public void declineAsEnterprise(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.ENTERPRISE_SIGNS_COMMITMENT);
        signatures.declineAsEnterprise(steps.projectOf(task), reason);
        steps.complete(actor, task, AuditAction.COMMITMENT_DECLINED, Map.of(Variables.ENTERPRISE_SIGNED, false));
    }

    private static Date verificationDue(LocalDate promisedOn) {
        return Date.from(promisedOn.atTime(VERIFICATION_AT).atZone(ChinaTime.ZONE).toInstant());
    }

    /**
     * 核查承诺履行: kept, or not kept with what to rectify by when.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the wrong field
     */
    public void verify(Actor actor, String taskId, boolean kept, String note, String rectificationDue) {
        Task task = steps.take(actor, taskId, Activities.VERIFY_COMMITMENT);
        commitments.verify(steps.projectOf(task), kept, note, rectificationDue, actor.username());
        steps.complete(actor, task, AuditAction.COMMITMENT_VERIFIED, Map.of(Variables.KEPT, kept));
    }

    /**
     * 督促整改并复核: rectified, or still not kept (a breach of the enterprise's credit).
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the wrong field
     */
    public void checkRectification(Actor actor, String taskId, boolean rectified, String note) {
        Task task = steps.take(actor, taskId, Activities.RECTIFY_COMMITMENT);
        commitments.checkRectification(steps.projectOf(task), rectified, note);
        steps.complete(actor, task, AuditAction.RECTIFICATION_CHECKED, Map.of(Variables.RECTIFIED, rectified));
    }

    /**
     * 处置失信记录: the supervisor's disposal of the breach.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code note} when it is missing
     */
    public void handleBreach(Actor actor, String taskId, String handling) {
        Task task = steps.take(actor, taskId, Activities.REVIEW_BREACH);
        commitments.handleBreach(steps.projectOf(task), handling, actor.username());
        steps.complete(actor, task, AuditAction.BREACH_HANDLED, Map.of());
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        String note = fields.get(CommitmentService.NOTE);
        switch (taskKey) {
            case Activities.SIGN_COMMITMENTS -> {
                String signing = fields.get(SIGNING);
                if (signing != null && !ON_PAPER.equals(signing) && !ON_LINE.equals(signing)) {
                    throw new TaskInputException(SIGNING, "task.signing.unknown");
                }
                if (ON_LINE.equals(signing)) {
                    signOnLine(actor, taskId, fields.get(CommitmentService.PROMISED_ON),
                            fields.get(CommitmentSignatures.PASSWORD));
                } else {
                    sign(actor, taskId, fields.get(CommitmentService.CREDIT_COMMITTED_ON),
                            fields.get(CommitmentService.SERVICE_COMMITTED_ON),
                            fields.get(CommitmentService.PROMISED_ON));
                }
            }
            case Activities.ENTERPRISE_SIGNS_COMMITMENT -> signAsEnterprise(actor, taskId,
                    fields.get(CommitmentSignatures.TEXT_SHA256), fields.get(CommitmentSignatures.PASSWORD));
            case Activities.VERIFY_COMMITMENT -> StepForm.decide(fields, KEPT, NOT_KEPT,
                    () -> verify(actor, taskId, true, note, null),
                    () -> verify(actor, taskId, false, note, fields.get(CommitmentService.RECTIFICATION_DUE)));
            case Activities.RECTIFY_COMMITMENT -> StepForm.decide(fields, RECTIFIED, NOT_RECTIFIED,
                    () -> checkRectification(actor, taskId, true, note),
                    () -> checkRectification(actor, taskId, false, note));
            default -> handleBreach(actor, taskId, note);
        }
    }
}
