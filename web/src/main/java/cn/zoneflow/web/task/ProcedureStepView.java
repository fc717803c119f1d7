package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.processes.ProcedureHandling.Activities;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import cn.zoneflow.web.i18n.FieldMessages;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The steps of one procedure on one page: collecting the materials (uploaded as documents of the procedure),
 * submitting them to the department and recording its answer (approved with the approval number, or returned
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

    @Inject
    private transient DocumentService documents;

    @Inject
    private transient FieldMessages fieldMessages;

    private ProcedureFacts procedure;
    private List<DocumentSummary> procedureDocuments = List.of();
    private String approvalNumber;
    private String correctionReason;

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
        readDocuments();
    }

    private void readDocuments() {
        procedureDocuments = documents.documentsOf(currentUser.required().scope(), getTask().projectId()).stream()
                .filter(document -> procedure.code().equals(document.procedureCode()))
                .toList();
    }

    /** Attaches an uploaded file to this procedure; one of another kind, empty or too large is refused beside it. */
    public void upload(FileUploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getFile().getInputStream()) {
            content = in.readNBytes(Document.MAX_BYTES + 1);
        }
        try {
            documents.attach(currentUser.required().scope(), getTask().projectId(), procedure.code(),
                    event.getFile().getFileName(), content, currentUser.required().username());
            readDocuments();
        } catch (InvalidInputException e) {
            fieldMessages.show("documents", e);
        }
    }

    public List<DocumentSummary> getDocuments() {
        return procedureDocuments;
    }

    public int getMaxBytes() {
        return Document.MAX_BYTES;
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
