package cn.zoneflow.domain.model.material;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.InvalidValueException;
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
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file the enterprise submitted on the portal for one of its project's procedures, and what the zone's officers
 * made of it: accepted for the procedure, or returned with the reason the enterprise reads before it uploads again.
 * Decided once; a file uploaded again is a submission of its own, so the history of a procedure's materials stays.
 */
@Entity
@Table(name = "enterprise_material")
public class EnterpriseMaterial {

    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enterpriseMaterialIds")
    @TableGenerator(name = "enterpriseMaterialIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "enterprise_material", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The file itself, a document of the procedure; its id only, so that listing materials never reads content. */
    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "procedure_code", nullable = false, length = 40)
    private String procedureCode;

    @Column(name = "file_name", nullable = false, length = Document.NAME_MAX_LENGTH)
    private String fileName;

    @Column(name = "submitted_by", nullable = false, length = 60)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private MaterialState state;

    @Column(name = "reason", length = REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected EnterpriseMaterial() {
    }

    /** The enterprise submitted the document, stored already, a file for one of its project's procedures. */
    public EnterpriseMaterial(Document document) {
        this.documentId = document.id();
        this.project = document.project();
        this.procedureCode = Objects.requireNonNull(document.procedureCode(), "a material is for a procedure");
        this.fileName = document.fileName();
        this.submittedBy = document.uploadedBy();
        this.submittedAt = document.uploadedAt();
        this.state = MaterialState.SUBMITTED;
    }

    /** @throws MaterialDecidedException when it was accepted or returned before */
    public void accept(String by, LocalDateTime at) {
        decide(MaterialState.ACCEPTED, null, by, at);
    }

    /**
     * @throws InvalidValueException when the reason is blank or longer than 1,000 characters: the enterprise must
     *     learn what to upload instead
     * @throws MaterialDecidedException when it was accepted or returned before
     */
    public void returnWith(String reason, String by, LocalDateTime at) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException("material.reason.required", "");
        }
        if (stripped.length() > REASON_MAX_LENGTH) {
            throw new InvalidValueException("material.reason.tooLong", String.valueOf(REASON_MAX_LENGTH));
        }
        decide(MaterialState.RETURNED, stripped, by, at);
    }

    private void decide(MaterialState decided, String why, String by, LocalDateTime at) {
        if (state != MaterialState.SUBMITTED) {
            throw new MaterialDecidedException(fileName, state);
        }
        this.state = decided;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Whether the officers have yet to accept or return it. */
    public boolean isUndecided() {
        return state == MaterialState.SUBMITTED;
    }

    public boolean isFor(long projectId, String procedure) {
        return project.id() == projectId && procedureCode.equals(procedure);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public Long documentId() {
        return documentId;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String fileName() {
        return fileName;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public MaterialState state() {
        return state;
    }

    /** Why it was returned; null otherwise. */
    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnterpriseMaterial other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return EnterpriseMaterial.class.hashCode();
    }

    @Override
    public String toString() {
        return fileName + " " + state;
    }
}
