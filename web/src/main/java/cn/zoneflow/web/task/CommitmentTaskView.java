package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.CommitmentService;
import cn.zoneflow.domain.application.CommitmentSignatures;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.processes.CommitmentProcess.Activities;
import cn.zoneflow.workflow.commitment.CommitmentTasks;
import cn.zoneflow.workflow.task.TaskInputException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;

/**
 * The steps of 承诺制 on one page, with the commitment and the procedures it covers above the form: signing the
 * dual commitment, verifying it at the promised date, checking the rectification, and (for the city's
 * supervisors) recording how a breach was dealt with.
 */
@Named
@ViewScoped
public class CommitmentTaskView extends TaskPageView {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "commitmentForm:";
    private static final Map<String, String> FIELDS = Map.of(
            CommitmentService.CREDIT_COMMITTED_ON, FORM + "creditCommittedOn",
            CommitmentService.SERVICE_COMMITTED_ON, FORM + "serviceCommittedOn",
            CommitmentService.PROMISED_ON, FORM + "promisedOn",
            CommitmentService.DECISION, FORM + "decision",
            CommitmentService.NOTE, FORM + "note",
            CommitmentService.RECTIFICATION_DUE, FORM + "rectificationDue",
            CommitmentSignatures.PASSWORD, FORM + "password");

    @Inject
    private transient CommitmentTasks commitments;

    @Inject
    private transient CommitmentSignatures signatures;

    private CommitmentFile commitment;
    private String signing = CommitmentTasks.ON_PAPER;
    private String password;
    private LocalDate creditCommittedOn;
    private LocalDate serviceCommittedOn;
    private LocalDate promisedOn;
    private String decision;
    private String note;
    private LocalDate rectificationDue;

    @Override
    protected void loaded() {
        commitment = commitments.fileOf(currentUser.actor(), getId());
    }

    /** The step being worked on, as the page names its part: sign, verify, rectify or breach. */
    public String getStep() {
        return switch (getTask().taskType()) {
            case Activities.SIGN_COMMITMENTS -> "sign";
            case Activities.VERIFY_COMMITMENT -> "verify";
            case Activities.RECTIFY_COMMITMENT -> "rectify";
            default -> "breach";
        };
    }

    public String submit() {
        return switch (getStep()) {
            case "sign" -> isOnLine()
                    ? complete(() -> commitments.signOnLine(currentUser.actor(), getId(), text(promisedOn), password),
                            "task_commitment.message.info.signedOnLine", FIELDS)
                    : complete(() -> commitments.sign(currentUser.actor(), getId(), text(creditCommittedOn),
                            text(serviceCommittedOn), text(promisedOn)), "task_commitment.message.info.signed", FIELDS);
            case "verify" -> complete(() -> commitments.verify(currentUser.actor(), getId(),
                    chosen(CommitmentTasks.KEPT, CommitmentTasks.NOT_KEPT), note, text(rectificationDue)),
                    "task_commitment.message.info.verified", FIELDS);
            case "rectify" -> complete(() -> commitments.checkRectification(currentUser.actor(), getId(),
                    chosen(CommitmentTasks.RECTIFIED, CommitmentTasks.NOT_RECTIFIED), note),
                    "task_commitment.message.info.rectificationChecked", FIELDS);
            default -> complete(() -> commitments.handleBreach(currentUser.actor(), getId(), note),
                    "task_commitment.message.info.breachHandled", FIELDS);
        };
    }

    public boolean isOnLine() {
        return CommitmentTasks.ON_LINE.equals(signing);
    }

    /** The service commitment the zone signs on line, once the promised date is chosen: read before signing. */
    public String getZoneText() {
        return isOnLine() && promisedOn != null ? signatures.zoneText(getProject().id(), promisedOn).text() : null;
    }

    public String getSigning() {
        return signing;
    }

    public void setSigning(String signing) {
        this.signing = signing;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private boolean chosen(String yes, String no) {
        if (!yes.equals(decision) && !no.equals(decision)) {
            throw new TaskInputException(CommitmentService.DECISION, "task.field.required");
        }
        return yes.equals(decision);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public CommitmentFile getCommitment() {
        return commitment;
    }

    public LocalDate getCreditCommittedOn() {
        return creditCommittedOn;
    }

    public void setCreditCommittedOn(LocalDate creditCommittedOn) {
        this.creditCommittedOn = creditCommittedOn;
    }

    public LocalDate getServiceCommittedOn() {
        return serviceCommittedOn;
    }

    public void setServiceCommittedOn(LocalDate serviceCommittedOn) {
        this.serviceCommittedOn = serviceCommittedOn;
    }

    public LocalDate getPromisedOn() {
        return promisedOn;
    }

    public void setPromisedOn(LocalDate promisedOn) {
        this.promisedOn = promisedOn;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getRectificationDue() {
        return rectificationDue;
    }

    public void setRectificationDue(LocalDate rectificationDue) {
        this.rectificationDue = rectificationDue;
    }
}
