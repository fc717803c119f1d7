package cn.zoneflow.domain.model.message;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentStatus;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One change on an enterprise's project told to the enterprise (to every account it has, on the portal and by
 * e-mail): its kind, what it is about — told once, {@code about} names it — and the facts as they were then (the
 * procedure's or file's name, the department's or officer's reason, the approval number, the promised date). Once
 * mailed, it keeps when and to which addresses.
 */
@Entity
@Table(name = "enterprise_message")
public class EnterpriseMessage {

    public static final int SUBJECT_MAX_LENGTH = 255;
    public static final int DETAIL_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enterpriseMessageIds")
    @TableGenerator(name = "enterpriseMessageIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "enterprise_message", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private EnterpriseMessageKind kind;

    @Column(name = "about", nullable = false, length = 80)
    private String about;

    @Column(name = "subject", length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(name = "detail", length = DETAIL_MAX_LENGTH)
    private String detail;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "mailed_at")
    private LocalDateTime mailedAt;

    @Column(name = "mailed_to", length = DETAIL_MAX_LENGTH)
    private String mailedTo;

    protected EnterpriseMessage() {
    }

    private EnterpriseMessage(Project project, EnterpriseMessageKind kind, String about, String subject,
            String detail, LocalDate dueOn, LocalDateTime createdAt) {
        this.project = Objects.requireNonNull(project);
        this.enterprise = project.enterprise();
        this.kind = kind;
        this.about = about;
        this.subject = cut(subject, SUBJECT_MAX_LENGTH);
        this.detail = cut(detail, DETAIL_MAX_LENGTH);
        this.dueOn = dueOn;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The department asked to correct the procedure's submission: once per round of correction. */
    public static EnterpriseMessage correctionAsked(ProjectProcedure procedure, LocalDateTime at) {
        return new EnterpriseMessage(procedure.project(), EnterpriseMessageKind.CORRECTION_ASKED,
                "procedure:" + procedure.id() + ":correction:" + procedure.corrections(),
                procedure.procedure().name(), procedure.correctionReason(), null, at);
    }

    /** The department approved the procedure, with its approval number when it gave one. */
    public static EnterpriseMessage procedureClosed(ProjectProcedure procedure, LocalDateTime at) {
        return new EnterpriseMessage(procedure.project(), EnterpriseMessageKind.PROCEDURE_CLOSED,
                "procedure:" + procedure.id() + ":closed", procedure.procedure().name(),
                procedure.approvalNumber(), null, at);
    }

    /** The officers returned a file, saying why. */
    public static EnterpriseMessage materialReturned(EnterpriseMaterial material, String procedureName,
            LocalDateTime at) {
        return new EnterpriseMessage(material.project(), EnterpriseMessageKind.MATERIAL_RETURNED,
                "material:" + material.id() + ":returned", material.fileName(),
                procedureName + "：" + material.reason(), null, at);
    }

    /** A 诉求 the enterprise raised was answered: once per answer, as it may be reopened and answered again. */
    public static EnterpriseMessage problemAnswered(ProjectProblem problem, String answer, LocalDateTime at) {
        return new EnterpriseMessage(problem.project(), EnterpriseMessageKind.PROBLEM_ANSWERED,
                "problem:" + problem.id() + ":answered:" + problem.rounds(), problem.description(), answer, null, at);
    }

    /** The commitment the zone signed on line lapsed unsigned at its promised date: told once per text offered. */
    public static EnterpriseMessage commitmentSigningExpired(CommitmentSignature zone, LocalDateTime at) {
        return new EnterpriseMessage(zone.project(), EnterpriseMessageKind.COMMITMENT_SIGNING_EXPIRED,
                "signature:" + zone.id() + ":expired", null, null, zone.promisedOn(), at);
    }

    /** The commitment's promised date is near: told once per promised date. */
    public static EnterpriseMessage commitmentDue(Commitment commitment, LocalDateTime at) {
        return new EnterpriseMessage(commitment.project(), EnterpriseMessageKind.COMMITMENT_DUE,
                "commitment:" + commitment.id() + ":due:" + commitment.promisedOn(), null, null,
                commitment.promisedOn(), at);
    }

    /**
     * What the zone decided on the commitment, as its status now says: kept; not kept, with what to rectify by
     * when; rectified; or broken, with the breach's reasons. Told once per decision.
     */
    public static EnterpriseMessage commitmentVerified(Commitment commitment, LocalDateTime at) {
        CommitmentStatus status = commitment.status();
        EnterpriseMessageKind kind = switch (status) {
            case FULFILLED -> EnterpriseMessageKind.COMMITMENT_KEPT;
            case RECTIFYING -> EnterpriseMessageKind.RECTIFICATION_ASKED;
            case RECTIFIED -> EnterpriseMessageKind.COMMITMENT_RECTIFIED;
            case BREACHED -> EnterpriseMessageKind.COMMITMENT_BREACHED;
            case SIGNED -> throw new IllegalStateException("The commitment of " + commitment.project().code()
                    + " is not verified yet");
        };
        boolean onVerification = status == CommitmentStatus.FULFILLED || status == CommitmentStatus.RECTIFYING;
        return new EnterpriseMessage(commitment.project(), kind,
                "commitment:" + commitment.id() + ":" + status.name().toLowerCase(Locale.ROOT), null,
                onVerification ? commitment.verificationNote() : commitment.rectificationNote(),
                status == CommitmentStatus.RECTIFYING ? commitment.rectificationDue() : null, at);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Sent to these addresses (none when the enterprise gave none): not to be sent again. */
    public void mailed(LocalDateTime at, List<String> addresses) {
        mailedAt = Objects.requireNonNull(at);
        mailedTo = cut(addresses.stream().collect(Collectors.joining(", ")), DETAIL_MAX_LENGTH);
    }

    public boolean isMailed() {
        return mailedAt != null;
    }

    public Long id() {
        return id;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public Project project() {
        return project;
    }

    public EnterpriseMessageKind kind() {
        return kind;
    }

    public String about() {
        return about;
    }

    /** The procedure's name, the returned file's, or what the 诉求 asked; none for a commitment. */
    public String subject() {
        return subject;
    }

    /** The reason given, the approval number, or what the zone found on verifying a commitment; may be none. */
    public String detail() {
        return detail;
    }

    /** The promised date a commitment is due on, or the date its rectification is due by. */
    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime mailedAt() {
        return mailedAt;
    }

    /** The addresses it was mailed to, comma separated; empty when there was none to send it to. */
    public String mailedTo() {
        return mailedTo;
    }
}
