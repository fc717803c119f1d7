package cn.zoneflow.domain.model.document;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file attached to a project, for one of its procedures or for the project as a whole, and, when it was attached
 * at a step of the project's work, as that step's evidence. Kept as uploaded, with its SHA-256 so that a copy handed
 * out later can be checked against it; never changed, never served by its name. Evidence attached at a step may be
 * removed until the step is submitted, and only then.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "documentIds")
    @TableGenerator(name = "documentIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "document", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "procedure_code", length = 40)
    private String procedureCode;

    @Column(name = "file_name", nullable = false, length = NAME_MAX_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private DocumentKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "step", length = 40)
    private String step;

    @Column(name = "case_id", length = 64)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 20)
    private Stage stage;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected Document() {
    }

    /**
     * @throws InvalidValueException when the file is empty, larger than 20 MB or not of a kind ZoneFlow keeps
     */
    public Document(Project project, String procedureCode, String fileName, byte[] content, String uploadedBy,
            LocalDateTime uploadedAt) {
        if (content.length == 0) {
            throw new InvalidValueException("document.empty", fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValueException("document.tooLarge", fileName);
        }
        this.kind = DocumentKind.of(content)
                .orElseThrow(() -> new InvalidValueException("document.kind", fileName));
        this.project = project;
        this.procedureCode = procedureCode;
        this.fileName = cleanName(fileName, kind);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * Evidence for a step: kept with the step and the case it belongs to, and with the stage the project was at
     * (the request to move on from it is the step that stage's evidence is for).
     *
     * @throws InvalidValueException when the file is empty, larger than 20 MB or not of a kind ZoneFlow keeps
     */
    public static Document atStep(Project project, AttachedStep at, String procedureCode, String fileName,
            byte[] content, String uploadedBy, LocalDateTime uploadedAt) {
        Document document = new Document(project, procedureCode, fileName, content, uploadedBy, uploadedAt);
        document.taskId = at.taskId();
        document.step = at.step();
        document.caseId = at.caseId();
        document.stage = project.stage();
        return document;
    }

    /** The step this document is evidence for, if it was attached at one. */
    public Optional<AttachedStep> attachedAt() {
        return taskId == null ? Optional.empty() : Optional.of(new AttachedStep(taskId, step, caseId));
    }

    /**
     * The name as people see it: no folders a browser sent along, no control characters, not too long; a file
     * without a name is called after its kind.
     */
    static String cleanName(String fileName, DocumentKind kind) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document." + kind.name().toLowerCase();
        }
        return name.length() > NAME_MAX_LENGTH ? name.substring(name.length() - NAME_MAX_LENGTH) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** How lists show it. */
    public DocumentSummary summary() {
        return new DocumentSummary(id, procedureCode, fileName, kind, sizeBytes, uploadedBy, uploadedAt, taskId, step,
                stage);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String fileName() {
        return fileName;
    }

    public DocumentKind kind() {
        return kind;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }

    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Document.class.hashCode();
    }

    @Override
    public String toString() {
        return fileName + " (" + sha256.substring(0, 12) + ")";
    }
}
