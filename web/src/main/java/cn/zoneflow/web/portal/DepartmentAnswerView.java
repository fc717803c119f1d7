package cn.zoneflow.web.portal;

import cn.zoneflow.processes.ProcedureHandling.Variables;
import cn.zoneflow.web.task.TaskPageView;
import cn.zoneflow.workflow.agency.DepartmentDesk;
import cn.zoneflow.workflow.task.StepForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * One procedure submitted to the department: the project, the procedure's terms and the materials the zone collected,
 * and the department's answer — 准予 with the approval number, or 退回补正 with what to correct.
 */
@Named
@ViewScoped
public class DepartmentAnswerView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final String DESK = "/portal/department/index.xhtml?faces-redirect=true";
    private static final Map<String, String> FIELDS = Map.of(Variables.APPROVAL_NUMBER, "answer:approvalNumber",
            Variables.CORRECTION_REASON, "answer:correctionReason", StepForm.DECISION, "answer:approved");

    @Inject
    private transient DepartmentDesk desk;

    private transient DepartmentDesk.Submission submission;
    private String approvalNumber;
    private String correctionReason;

    @Override
    protected void loaded() {
        submission = desk.submission(currentUser.actor(), getId());
    }

    /** The submission as it stands now: read again after a refused answer, which this view outlives. */
    public DepartmentDesk.Submission getSubmission() {
        if (submission == null && getTask() != null) {
            submission = desk.submission(currentUser.actor(), getId());
        }
        return submission;
    }

    public String approved() {
        return answer(StepForm.APPROVE, "department_answer.message.info.approved");
    }

    public String returnedForCorrection() {
        return answer(StepForm.RETURN, "department_answer.message.info.returned");
    }

    private String answer(String decision, String doneKey) {
        Map<String, String> fields = new HashMap<>();
        fields.put(StepForm.DECISION, decision);
        fields.put(Variables.APPROVAL_NUMBER, approvalNumber);
        fields.put(Variables.CORRECTION_REASON, correctionReason);
        return complete(() -> desk.answer(currentUser.actor(), getId(), fields), doneKey, FIELDS);
    }

    @Override
    protected String doneOutcome() {
        return DESK;
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
