package cn.zoneflow.domain.model.procedure;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One procedure one project needs, handled by the zone's officers: to do (or waived, or under commitment) when the
 * agency plans it; in progress once the materials are submitted to the department, due after the statutory limit;
 * back to the officers for correction as often as the department returns it; closed with the department's approval
 * number. A procedure under commitment keeps that mark while it is handled, so the project may start meanwhile.
 */
@Entity
@Table(name = "project_procedure")
public class ProjectProcedure {

    public static final int TEXT_MAX_LENGTH = 1000;
    public static final int APPROVAL_NUMBER_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "projectProcedureIds")
    @TableGenerator(name = "projectProcedureIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "project_procedure", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_code", nullable = false)
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProcedureStatus status;

    @Column(name = "committed", nullable = false)
    private boolean committed;

    @Column(name = "handler", length = 60)
    private String handler;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "approval_number", length = APPROVAL_NUMBER_MAX_LENGTH)
    private String approvalNumber;

    @Column(name = "corrections", nullable = false)
    private int corrections;

    @Column(name = "correction_reason", length = TEXT_MAX_LENGTH)
    private String correctionReason;

    @Version
    @Column(name = "version")
    private long version;

    protected ProjectProcedure() {
    }

    /** The procedure as the agency plans it for a project on the given land, under the given reforms. */
    public static ProjectProcedure planned(Project project, Procedure procedure, boolean landAssessed,
            boolean underCommitment) {
        ProjectProcedure planned = new ProjectProcedure();
        planned.project = project;
        planned.procedure = procedure;
        planned.status = procedure.initialStatus(landAssessed, underCommitment);
        planned.committed = planned.status == ProcedureStatus.UNDER_COMMITMENT;
        return planned;
    }

    /**
     * The officer submitted the materials to the issuing department on the given day; the department must answer by
     * the due day.
     */
    public void submit(String submittedBy, LocalDate on, LocalDate due) {
        requireOpen();
        this.handler = submittedBy;
        this.submittedOn = on;
        this.dueDate = due;
        this.status = ProcedureStatus.IN_PROGRESS;
    }

    /** The statutory limit could not be counted at submission (its year was not in the calendar); now it is. */
    public void deadlineCounted(LocalDate due) {
        requireSubmitted();
        this.dueDate = due;
    }

    /** The department returned the submission: the officers correct the materials and submit again. */
    public void returnForCorrection(String reason) {
        requireSubmitted();
        this.corrections++;
        this.correctionReason = reason;
        this.status = ProcedureStatus.CORRECTION;
    }

    /** The department issued it under the given approval number (批文号). */
    public void close(String approvalNumber, LocalDate on) {
        requireSubmitted();
        if (submittedOn != null && on.isBefore(submittedOn)) {
            throw new InvalidValueException("procedure.closedBeforeSubmitted", on.toString());
        }
        this.approvalNumber = approvalNumber;
        this.completedOn = on;
        this.status = ProcedureStatus.CLOSED;
    }

    /**
     * Whether the enterprise may hand in materials for it: before they go to the department (to do, or handled under
     * commitment) and while the department's correction is being made; not while the department decides, nor once done.
     */
    public boolean takesMaterials() {
        return status == ProcedureStatus.PENDING || status == ProcedureStatus.UNDER_COMMITMENT
                || status == ProcedureStatus.CORRECTION;
    }

    /**
     * Whether it keeps the project from reaching the given stage: required before it, not done, and not covered by
     * a signed commitment (a procedure planned under commitment waits for the commitment to be signed).
     */
    public boolean holdsBack(Stage next, boolean commitmentSigned) {
        return procedure.requiredBefore() == next && !status.isDone() && !(committed && commitmentSigned);
    }

    private void requireOpen() {
        if (status.isDone()) {
            throw new IllegalStateException(procedure.code() + " of " + project.code() + " is already " + status);
        }
    }

    private void requireSubmitted() {
        if (status != ProcedureStatus.IN_PROGRESS) {
            throw new IllegalStateException(procedure.code() + " of " + project.code() + " was not submitted");
        }
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Procedure procedure() {
        return procedure;
    }

    public ProcedureStatus status() {
        return status;
    }

    public boolean isCommitted() {
        return committed;
    }

    public String handler() {
        return handler;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String approvalNumber() {
        return approvalNumber;
    }

    public int corrections() {
        return corrections;
    }

    public String correctionReason() {
        return correctionReason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectProcedure other && project.equals(other.project)
                && procedure.equals(other.procedure);
    }

    @Override
    public int hashCode() {
        return 31 * project.hashCode() + procedure.hashCode();
    }
}
