package cn.zoneflow.domain.model.commitment;

import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's commitment under 承诺制 (承诺书): the enterprise's credit commitment and the zone's service commitment
 * stand in for the prior approval of the committed procedures, so the project may start at once (开工前零审批);
 * the procedures are completed by the promised date and verified then. One per project.
 *
 * <p>A commitment counts as kept only when every procedure it covers is done: an officer cannot verify it as
 * fulfilled, or rectified, while one is still open.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    public static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "commitmentIds")
    @TableGenerator(name = "commitmentIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "commitment", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, unique = true)
    private Project project;

    @Column(name = "credit_committed_on", nullable = false)
    private LocalDate creditCommittedOn;

    @Column(name = "service_committed_on", nullable = false)
    private LocalDate serviceCommittedOn;

    @Column(name = "promised_on", nullable = false)
    private LocalDate promisedOn;

    @Column(name = "signed_by", nullable = false, length = 60)
    private String signedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CommitmentStatus status;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verified_by", length = 60)
    private String verifiedBy;

    @Column(name = "verification_note", length = NOTE_MAX_LENGTH)
    private String verificationNote;

    @Column(name = "rectification_due")
    private LocalDate rectificationDue;

    @Column(name = "rectified_on")
    private LocalDate rectifiedOn;

    @Column(name = "rectification_note", length = NOTE_MAX_LENGTH)
    private String rectificationNote;

    @Version
    @Column(name = "version")
    private long version;

    protected Commitment() {
    }

    /**
     * @throws InvalidValueException naming the rule a date breaks: signed before the project, in the future, or a
     *         promised date not after both signings
     */
    public static Commitment signed(Project project, LocalDate creditCommittedOn, LocalDate serviceCommittedOn,
            LocalDate promisedOn, String signedBy, LocalDate today) {
        LocalDate projectSigned = project.reached(Stage.SIGNED).orElse(creditCommittedOn);
        for (LocalDate signing : List.of(creditCommittedOn, serviceCommittedOn)) {
            if (signing.isBefore(projectSigned)) {
                throw new InvalidValueException("commitment.signedOn.beforeProject", signing.toString());
            }
            if (signing.isAfter(today)) {
                throw new InvalidValueException("commitment.signedOn.future", signing.toString());
            }
            if (!promisedOn.isAfter(signing)) {
                throw new InvalidValueException("commitment.promisedOn.notAfterSigning", promisedOn.toString());
            }
        }
        Commitment commitment = new Commitment();
        commitment.project = project;
        commitment.creditCommittedOn = creditCommittedOn;
        commitment.serviceCommittedOn = serviceCommittedOn;
        commitment.promisedOn = promisedOn;
        commitment.signedBy = signedBy;
        commitment.status = CommitmentStatus.SIGNED;
        return commitment;
    }

    /** The committed procedures not done yet, which keep the commitment from counting as kept. */
    public static List<ProjectProcedure> stillOpen(ProcedureChecklist checklist) {
        return covered(checklist).stream().filter(p -> !p.status().isDone()).toList();
    }

    /** The procedures the commitment stands in for: those planned under commitment. */
    public static List<ProjectProcedure> covered(ProcedureChecklist checklist) {
        return checklist.procedures().stream().filter(ProjectProcedure::isCommitted).toList();
    }

    /** 核查: every committed procedure was completed; the commitment is kept. */
    public void fulfilled(ProcedureChecklist checklist, String verifiedBy, String note, LocalDate today) {
        expect(CommitmentStatus.SIGNED);
        requireAllDone(checklist);
        verified(verifiedBy, note, today);
        this.status = CommitmentStatus.FULFILLED;
    }

    /**
     * 核查: not kept at the promised date; the enterprise must rectify by the given day.
     *
     * @throws InvalidValueException when that day is not after today
     */
    public void notFulfilled(String verifiedBy, String requirement, LocalDate rectificationDue, LocalDate today) {
        expect(CommitmentStatus.SIGNED);
        if (!rectificationDue.isAfter(today)) {
            throw new InvalidValueException("commitment.rectificationDue.notFuture", rectificationDue.toString());
        }
        verified(verifiedBy, requirement, today);
        this.rectificationDue = rectificationDue;
        this.status = CommitmentStatus.RECTIFYING;
    }

    /** 复核整改: the rectification brought every committed procedure to completion. */
    public void rectified(ProcedureChecklist checklist, String note, LocalDate today) {
        expect(CommitmentStatus.RECTIFYING);
        requireAllDone(checklist);
        this.rectificationNote = note;
        this.rectifiedOn = today;
        this.status = CommitmentStatus.RECTIFIED;
    }

    /** 复核整改: still not kept; what was found is noted, and the breach is recorded next. */
    public void rectificationFailed(String finding, LocalDate today) {
        expect(CommitmentStatus.RECTIFYING);
        this.rectificationNote = finding;
        this.rectifiedOn = today;
    }

    /** 记录失信: the commitment is broken; the enterprise's credit record says why. */
    public CreditRecord breach(LocalDate today) {
        expect(CommitmentStatus.RECTIFYING);
        if (rectificationNote == null) {
            throw new IllegalStateException("The rectification of " + project.code() + " was not checked yet");
        }
        this.status = CommitmentStatus.BREACHED;
        return new CreditRecord(project, verificationNote + "；" + rectificationNote, today);
    }

    private void verified(String by, String note, LocalDate today) {
        this.verifiedBy = by;
        this.verificationNote = note;
        this.verifiedOn = today;
    }

    private static void requireAllDone(ProcedureChecklist checklist) {
        List<ProjectProcedure> open = stillOpen(checklist);
        if (!open.isEmpty()) {
            throw new InvalidValueException("commitment.procedures.open",
                    String.join("、", open.stream().map(p -> p.procedure().name()).toList()));
        }
    }

    private void expect(CommitmentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("The commitment of " + project.code() + " is " + status
                    + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public LocalDate creditCommittedOn() {
        return creditCommittedOn;
    }

    public LocalDate serviceCommittedOn() {
        return serviceCommittedOn;
    }

    public LocalDate promisedOn() {
        return promisedOn;
    }

    public String signedBy() {
        return signedBy;
    }

    public CommitmentStatus status() {
        return status;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public String verificationNote() {
        return verificationNote;
    }

    public LocalDate rectificationDue() {
        return rectificationDue;
    }

    public LocalDate rectifiedOn() {
        return rectifiedOn;
    }

    public String rectificationNote() {
        return rectificationNote;
    }
}
