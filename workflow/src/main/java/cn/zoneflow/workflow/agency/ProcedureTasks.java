package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.application.EnterpriseMaterials;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.procedure.AgencyAgreement;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.processes.AgencyProcess;
import cn.zoneflow.processes.ProcedureHandling.Activities;
import cn.zoneflow.processes.ProcedureHandling.Variables;
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
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps of 全代办: the officers sign the agency agreement, and for each procedure collect the materials, submit
 * them to the department and record its answer — or the department's users answer themselves (部门联动审批). Each call is one transaction with the domain change
 * the step causes; a refused field leaves the task open and unchanged.
 */
@ApplicationScoped
@Transactional
public class ProcedureTasks implements StepHome {

    public static final String AGREEMENT_NUMBER = "agreementNumber";
    public static final String SIGNED_ON = "signedOn";
    /** The field a refusal names when the enterprise's files still wait to be accepted or returned. */
    public static final String MATERIALS = "materials";

    private static final List<StepForm.Field> ANSWER_FIELDS = List.of(
            StepForm.Field.decision(StepForm.APPROVE, StepForm.RETURN),
            StepForm.Field.text(Variables.APPROVAL_NUMBER, false),
            StepForm.Field.text(Variables.CORRECTION_REASON, false));

    private static final Steps STEPS = new Steps(10, List.of(
            new StepForm(AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT, "/task/sign-agency-agreement", List.of(
                    StepForm.Field.text(AGREEMENT_NUMBER, true), StepForm.Field.of(SIGNED_ON, "date", true),
                    StepForm.Field.text(AgencyProcess.Variables.SPECIALIST, true))).dueWithin(3),
            new StepForm(Activities.COLLECT_MATERIALS, "/task/procedure-step", List.of()).dueWithin(5),
            new StepForm(Activities.SUBMIT_TO_DEPARTMENT, "/task/procedure-step", List.of()).dueWithin(3),
            new StepForm(Activities.RECORD_DEPARTMENT_ANSWER, "/task/procedure-step", ANSWER_FIELDS),
            new StepForm(Activities.DEPARTMENT_ANSWER, "/portal/department/answer", ANSWER_FIELDS)));

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private TaskSteps steps;

    @Inject
    private AgencyService agency;

    @Inject
    private EnterpriseMaterials materials;

    /** The procedure a task of its handling is about; empty for the agreement, which comes before any procedure. */
    public Optional<ProjectProcedure> procedureOf(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        String code = procedureCodeOf(task);
        return code == null ? Optional.empty()
                : Optional.of(agency.procedure(steps.projectOf(task), code));
    }

    /**
     * 签订代办协议: records the agreement and names the specialist who handles the procedures.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field
     */
    public AgencyAgreement signAgreement(Actor actor, String taskId, String number, String signedOn,
            String specialist) {
        Task task = steps.take(actor, taskId, AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT);
        AgencyAgreement agreement = agency.signAgreement(steps.projectOf(task), number, signedOn, specialist,
                actor.username());
        steps.complete(actor, task, AuditAction.AGENCY_AGREEMENT_SIGNED,
                Map.of(AgencyProcess.Variables.SPECIALIST, agreement.specialist()));
        return agreement;
    }

    /**
     * 收集申报材料: the enterprise's materials are complete — which they are not while a file it submitted on the portal
     * waits to be accepted or returned.
     *
     * @throws TaskInputException naming {@code materials} and the files waiting
     */
    public void materialsCollected(Actor actor, String taskId) {
        Task task = steps.take(actor, taskId, Activities.COLLECT_MATERIALS);
        String waiting = submitted(task).stream().filter(EnterpriseMaterial::isUndecided)
                .map(EnterpriseMaterial::fileName).collect(Collectors.joining("、"));
        if (!waiting.isEmpty()) {
            throw new TaskInputException(MATERIALS, "task.materials.undecided", waiting);
        }
        steps.complete(actor, task, AuditAction.MATERIALS_COLLECTED, Map.of());
    }

    /** The files the enterprise submitted on the portal for the procedure of a step the actor may see. */
    public List<EnterpriseMaterial> submittedMaterials(Actor actor, String taskId) {
        return submitted(inbox.visibleTask(actor, taskId));
    }

    /**
     * At 收集申报材料, the officer takes a file the enterprise submitted for the procedure.
     *
     * @throws java.util.NoSuchElementException when the file is not one submitted for the step's procedure
     * @throws cn.zoneflow.domain.model.material.MaterialDecidedException when it was accepted or returned before
     */
    public EnterpriseMaterial acceptMaterial(Actor actor, String taskId, long materialId) {
        Task task = steps.take(actor, taskId, Activities.COLLECT_MATERIALS);
        return materials.accept(steps.projectOf(task), procedureCodeOf(task), materialId, actor.username());
    }

    /**
     * At 收集申报材料, the officer returns a file the enterprise submitted, saying what is wrong.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code reason} when it is blank or too long
     * @throws java.util.NoSuchElementException when the file is not one submitted for the step's procedure
     * @throws cn.zoneflow.domain.model.material.MaterialDecidedException when it was accepted or returned before
     */
    public EnterpriseMaterial returnMaterial(Actor actor, String taskId, long materialId, String reason) {
        Task task = steps.take(actor, taskId, Activities.COLLECT_MATERIALS);
        return materials.returnWith(steps.projectOf(task), procedureCodeOf(task), materialId, reason,
                actor.username());
    }

    private List<EnterpriseMaterial> submitted(Task task) {
        String code = procedureCodeOf(task);
        return code == null ? List.of() : materials.ofProcedure(steps.projectOf(task), code);
    }

    private String procedureCodeOf(Task task) {
        return (String) taskService.getVariable(task.getId(), Variables.PROCEDURE_CODE);
    }

    /** 报送审批部门: the materials went to the department today; its statutory limit starts. */
    public void submitted(Actor actor, String taskId) {
        Task task = steps.take(actor, taskId, Activities.SUBMIT_TO_DEPARTMENT);
        steps.complete(actor, task, AuditAction.PROCEDURE_SUBMITTED,
                Map.of(Variables.SUBMITTED_BY, actor.username()));
    }

    /**
     * 部门审批 by the department, or 登记部门办理结果 by the officer — approved: the procedure is closed under the
     * department's approval number.
     */
    public void approved(Actor actor, String taskId, String approvalNumber) {
        Task task = steps.take(actor, taskId, Activities.DEPARTMENT_ANSWER, Activities.RECORD_DEPARTMENT_ANSWER);
        String checked = TaskSteps.requiredText(Variables.APPROVAL_NUMBER, approvalNumber,
                ProjectProcedure.APPROVAL_NUMBER_MAX_LENGTH);
        steps.complete(actor, task, AuditAction.PROCEDURE_CLOSED,
                Map.of(Variables.DEPARTMENT_APPROVED, true, Variables.APPROVAL_NUMBER, checked));
    }

    /** The department's answer — returned: the officers correct the materials, as the department asked. */
    public void returnedForCorrection(Actor actor, String taskId, String reason) {
        Task task = steps.take(actor, taskId, Activities.DEPARTMENT_ANSWER, Activities.RECORD_DEPARTMENT_ANSWER);
        String checked = TaskSteps.requiredText(Variables.CORRECTION_REASON, reason);
        steps.complete(actor, task, AuditAction.PROCEDURE_RETURNED,
                Map.of(Variables.DEPARTMENT_APPROVED, false, Variables.CORRECTION_REASON, checked));
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        switch (taskKey) {
            case AgencyProcess.Activities.SIGN_AGENCY_AGREEMENT -> signAgreement(actor, taskId,
                    fields.get(AGREEMENT_NUMBER), fields.get(SIGNED_ON), fields.get(AgencyProcess.Variables.SPECIALIST));
            case Activities.COLLECT_MATERIALS -> materialsCollected(actor, taskId);
            case Activities.SUBMIT_TO_DEPARTMENT -> submitted(actor, taskId);
            default -> StepForm.decide(fields, StepForm.APPROVE, StepForm.RETURN,
                    () -> approved(actor, taskId, fields.get(Variables.APPROVAL_NUMBER)),
                    () -> returnedForCorrection(actor, taskId, fields.get(Variables.CORRECTION_REASON)));
        }
    }
}
