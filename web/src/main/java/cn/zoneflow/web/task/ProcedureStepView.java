package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.EnterpriseMaterials;
import cn.zoneflow.domain.model.material.MaterialDecidedException;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.processes.ProcedureHandling.Activities;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import cn.zoneflow.web.material.MaterialRow;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The steps of one procedure on one page: collecting the materials (uploaded as the step's documents, see
 * {@link StepEvidenceView}, and the files the enterprise submitted on the portal, each accepted or returned with the
 * reason), submitting them to the department and recording its answer (approved with the approval number, or returned
 * with what to correct).
 */
@Named
@ViewScoped
public class ProcedureStepView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(Variables.APPROVAL_NUMBER, "answer:approvalNumber",
            Variables.CORRECTION_REASON, "answer:correctionReason");

    @Inject
    private transient ProcedureTasks procedures;

    private static final Map<String, String> MATERIAL_FIELDS = Map.of(EnterpriseMaterials.REASON,
            "materialDecision:materialReason");

    private ProcedureFacts procedure;
    private String approvalNumber;
    private String correctionReason;
    private List<MaterialRow> submittedMaterials = List.of();
    private Long returnedMaterial;
    private String materialReason;

    /** What the page shows of the procedure, read once when the task is opened. */
    public record ProcedureFacts(String code, String name, String department, int statutoryDays, String status,
            LocalDate due, int corrections, String correctionReason, boolean committed) {

        static ProcedureFacts of(ProjectProcedure procedure) {
            return new ProcedureFacts(procedure.procedure().code(), procedure.procedure().name(),
                    procedure.procedure().department(),
                    procedure.procedure().statutoryDays(), procedure.status().name(), procedure.dueDate(),
                    procedure.corrections(), procedure.correctionReason(), procedure.isCommitted());
        }
    }

    @Override
    protected void loaded() {
        procedure = procedures.procedureOf(currentUser.actor(), getId()).map(ProcedureFacts::of).orElseThrow();
        submittedMaterials = procedures.submittedMaterials(currentUser.actor(), getId()).stream()
                .map(MaterialRow::of).toList();
    }

    /** Takes a file the enterprise submitted; the page stays, showing it accepted. */
    public void acceptMaterial(long materialId) {
        decided(() -> procedures.acceptMaterial(currentUser.actor(), getId(), materialId),
                "task_procedure_step.message.info.materialAccepted");
    }

    /** Returns the chosen file to the enterprise with the reason; the page stays, showing it returned. */
    public void returnMaterial() {
        if (returnedMaterial == null) {
            FacesContext.getCurrentInstance().validationFailed();
            error("materialDecision:returnedMaterial", "task_procedure_step.material.choose");
            return;
        }
        decided(() -> procedures.returnMaterial(currentUser.actor(), getId(), returnedMaterial, materialReason),
                "task_procedure_step.message.info.materialReturned");
    }

    private void decided(Runnable decision, String doneKey) {
        try {
            if (!attempt(decision, MATERIAL_FIELDS)) {
                return;
            }
            messages.tell(FacesMessage.SEVERITY_INFO, doneKey);
            returnedMaterial = null;
            materialReason = null;
        } catch (MaterialDecidedException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_procedure_step.message.warn.materialDecided",
                    e.fileName());
        }
        loaded();
    }

    /** The enterprise's files still waiting for a decision. */
    public List<MaterialRow> getUndecidedMaterials() {
        return submittedMaterials.stream().filter(MaterialRow::isUndecided).toList();
    }

    public List<MaterialRow> getSubmittedMaterials() {
        return submittedMaterials;
    }

    public Long getReturnedMaterial() {
        return returnedMaterial;
    }

    public void setReturnedMaterial(Long returnedMaterial) {
        this.returnedMaterial = returnedMaterial;
    }

    public String getMaterialReason() {
        return materialReason;
    }

    public void setMaterialReason(String materialReason) {
        this.materialReason = materialReason;
    }

    public boolean isCollecting() {
        return Activities.COLLECT_MATERIALS.equals(getTask().taskType());
    }

    public boolean isSubmitting() {
        return Activities.SUBMIT_TO_DEPARTMENT.equals(getTask().taskType());
    }

    public boolean isAnswering() {
        return Activities.RECORD_DEPARTMENT_ANSWER.equals(getTask().taskType());
    }

    public String materialsCollected() {
        return complete(() -> procedures.materialsCollected(currentUser.actor(), getId()),
                "task_procedure_step.message.info.collected", FIELDS);
    }

    public String submitted() {
        return complete(() -> procedures.submitted(currentUser.actor(), getId()),
                "task_procedure_step.message.info.submitted", FIELDS);
    }

    public String approved() {
        return complete(() -> procedures.approved(currentUser.actor(), getId(), approvalNumber),
                "task_procedure_step.message.info.approved", FIELDS);
    }

    public String returnedForCorrection() {
        return complete(() -> procedures.returnedForCorrection(currentUser.actor(), getId(), correctionReason),
                "task_procedure_step.message.info.returned", FIELDS);
    }

    public ProcedureFacts getProcedure() {
        return procedure;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public void setApprovalNumber(String approvalNumber) {
        this.approvalNumber = approvalNumber;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
