package cn.zoneflow.domain.model.commitment;

import cn.zoneflow.domain.model.project.Project;
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
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One party's signature of its half of the dual commitment on line: the exact text signed, its SHA-256, who signed
 * after proving it with their password, when, and the printed PDF kept among the project's documents. Written once;
 * the zone's lapses when the enterprise declines to countersign it or has not by the promised day, and is kept with
 * why, so that a project shows every text the zone offered. A project has at most one standing signature of each
 * party.
 */
@Entity
@Table(name = "commitment_signature")
public class CommitmentSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "commitmentSignatureIds")
    @TableGenerator(name = "commitmentSignatureIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "commitment_signature", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 10)
    private CommitmentParty party;

    @Column(name = "promised_on", nullable = false)
    private LocalDate promisedOn;

    @Column(name = "signed_text", nullable = false, length = CommitmentText.MAX_LENGTH)
    private String signedText;

    @Column(name = "text_sha256", nullable = false, length = 64)
    private String textSha256;

    @Column(name = "signed_by", nullable = false, length = 60)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private LocalDateTime signedAt;

    /** The printed text, a document of the project; its id only, so that listing signatures never reads content. */
    @Column(name = "document_id", nullable = false)
    private Long documentId;

    public static final int DECLINE_REASON_MAX_LENGTH = 500;

    @Column(name = "lapsed_at")
    private LocalDateTime lapsedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "lapse", length = 10)
    private SignatureLapse lapse;

    @Column(name = "decline_reason", length = DECLINE_REASON_MAX_LENGTH)
    private String declineReason;

    protected CommitmentSignature() {
    }

    public CommitmentSignature(Project project, CommitmentText text, LocalDate promisedOn, String signedBy,
            LocalDateTime signedAt, long documentId) {
        this.project = project;
        this.party = text.party();
        this.promisedOn = promisedOn;
        this.signedText = text.text();
        this.textSha256 = text.sha256();
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.documentId = documentId;
    }

    /**
     * Whether the other party may still sign against this signature: only before the promised day, for a commitment
     * must promise a day after both signings.
     */
    public boolean openToCountersignOn(LocalDate day) {
        return promisedOn.isAfter(day);
    }

    /**
     * The enterprise will not countersign: the signature no longer stands, and the zone agrees the commitment anew.
     *
     * @param declineReason what the enterprise said when it declined; none when the promised day came unsigned
     * @throws IllegalStateException when it lapsed already
     */
    public void lapse(SignatureLapse why, String declineReason, LocalDateTime at) {
        if (lapse != null) {
            throw new IllegalStateException("signature " + id + " lapsed already");
        }
        this.lapse = why;
        this.declineReason = declineReason;
        this.lapsedAt = at;
    }

    /** Whether the signature still stands, not lapsed. */
    public boolean stands() {
        return lapse == null;
    }

    /** Why it lapsed; none while it stands. */
    public SignatureLapse lapse() {
        return lapse;
    }

    public LocalDateTime lapsedAt() {
        return lapsedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    /** Whether the stored text still is the one its hash was taken of. */
    public boolean isIntact() {
        return CommitmentText.sha256(signedText).equals(textSha256);
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public CommitmentParty party() {
        return party;
    }

    public LocalDate promisedOn() {
        return promisedOn;
    }

    public String signedText() {
        return signedText;
    }

    public String textSha256() {
        return textSha256;
    }

    public String signedBy() {
        return signedBy;
    }

    public LocalDateTime signedAt() {
        return signedAt;
    }

    public long documentId() {
        return documentId;
    }
}
