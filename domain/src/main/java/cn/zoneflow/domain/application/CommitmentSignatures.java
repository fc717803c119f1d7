package cn.zoneflow.domain.application;

import cn.zoneflow.domain.infrastructure.pdf.TextPdf;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.commitment.CommitmentParty;
import cn.zoneflow.domain.model.commitment.CommitmentRepository;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentText;
import cn.zoneflow.domain.model.commitment.SignatureLapse;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.user.PasswordHashing;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * 承诺制全流程网上办理: the zone signs its service commitment on line and sets the promised date, then the enterprise
 * reads its credit commitment on the portal and signs it; each signs with their password typed again. A signature
 * keeps the exact text and its SHA-256, is an audit entry holding that hash, and is printed as a PDF among the
 * project's documents. Once both have signed, the commitment stands as one signed on paper does. An enterprise may
 * decline instead, saying why, and a signature not given by the promised morning can no longer be: either way the
 * zone's signature lapses, kept with why, and the zone signs anew. Called by the
 * commitment workflow inside the transaction of its step; every refusal names the field and changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CommitmentSignatures {

    public static final String PROMISED_ON = CommitmentService.PROMISED_ON;
    public static final String PASSWORD = "password";
    public static final String TEXT_SHA256 = "textSha256";
    public static final String REASON = "reason";

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private CommitmentService commitmentService;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private DocumentService documents;

    @Inject
    private AuditTrail audit;

    @Inject
    private EnterpriseMessages enterpriseMessages;

    /** Whether the project's enterprise can sign on line: it has an enabled account on the portal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enterpriseOnLine(long projectId) {
        return accounts.hasEnabledAccountOf(project(projectId).enterprise());
    }

    /**
     * The credit commitment the enterprise is to sign now: written from the project's facts and the date the zone
     * promised; empty until the zone has signed, and once the enterprise has.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommitmentText> awaitingEnterprise(long projectId) {
        return awaitingEnterprise(project(projectId), commitmentService.file(projectId));
    }

    /** The same, from the project's commitment file read already. */
    public static Optional<CommitmentText> awaitingEnterprise(Project project, CommitmentFile file) {
        return file.awaitingEnterprise().map(zone -> CommitmentText.of(CommitmentParty.ENTERPRISE, project,
                file.covered(), zone.promisedOn()));
    }

    /** The service commitment the zone would sign for the project with the given promised date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitmentText zoneText(long projectId, LocalDate promisedOn) {
        return textFor(CommitmentParty.ZONE, project(projectId), promisedOn);
    }

    /**
     * 开发区网上签署服务承诺书: the officer sets the promised date and signs the zone's half.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code promisedOn} when missing, not after
     *     today or already signed, or {@code password} when it is not the signer's; nothing is written
     */
    public CommitmentSignature signForZone(long projectId, String promisedOn, String username, String password) {
        Project project = project(projectId);
        InputReader reader = new InputReader();
        LocalDate promised = reader.date(PROMISED_ON, promisedOn, true);
        if (promised != null && !promised.isAfter(ChinaTime.today())) {
            reader.reject(PROMISED_ON, "commitment.promisedOn.notFuture", promisedOn);
        }
        if (commitments.commitmentOf(projectId).isPresent()
                || commitments.signaturesOf(projectId).stream().anyMatch(CommitmentSignature::stands)) {
            reader.reject(PROMISED_ON, "commitment.alreadySigned", promisedOn);
        }
        if (!accounts.hasEnabledAccountOf(project.enterprise())) {
            reader.reject(PROMISED_ON, "commitment.enterprise.notOnLine", project.enterprise().name());
        }
        printable(reader, PROMISED_ON);
        UserAccount signer = proven(reader, username, password);
        reader.finish();
        return signed(project, textFor(CommitmentParty.ZONE, project, promised), promised, signer);
    }

    /**
     * 企业签署信用承诺书: the enterprise signs the text it read, named by its hash; with the zone's signature before it,
     * the commitment stands signed.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code textSha256} when the text the
     *     enterprise read can no longer be signed (its promised day has come) or is not the one to sign now (the facts
     *     changed meanwhile: read it again), or {@code password} when it is not the signer's; nothing is written
     */
    public Commitment signForEnterprise(long projectId, String textSha256, String username, String password) {
        Project project = project(projectId);
        CommitmentFile file = commitmentService.file(projectId);
        CommitmentSignature zone = awaitedZoneSignature(project, file);
        CommitmentText text = awaitingEnterprise(project, file).orElseThrow();
        InputReader reader = new InputReader();
        if (!zone.openToCountersignOn(ChinaTime.today())) {
            reader.reject(TEXT_SHA256, "commitment.promisedOn.passed", zone.promisedOn().toString());
        } else if (!text.sha256().equals(textSha256)) {
            reader.reject(TEXT_SHA256, "commitment.text.changed", textSha256 == null ? "" : textSha256);
        }
        printable(reader, TEXT_SHA256);
        UserAccount signer = proven(reader, username, password);
        reader.finish();
        CommitmentSignature enterprise = signed(project, text, zone.promisedOn(), signer);
        Commitment commitment = Commitment.signed(project, enterprise.signedAt().toLocalDate(),
                zone.signedAt().toLocalDate(), zone.promisedOn(), zone.signedBy(), ChinaTime.today());
        commitments.add(commitment);
        return commitment;
    }

    /**
     * 企业拒签: the enterprise will not sign the text it read, and says why; the zone's signature lapses and the zone
     * agrees the commitment anew.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code reason} when it is missing or too
     *     long; nothing is written
     */
    public CommitmentSignature declineAsEnterprise(long projectId, String reason) {
        Project project = project(projectId);
        CommitmentSignature zone = awaitedZoneSignature(project, commitmentService.file(projectId));
        InputReader reader = new InputReader();
        String said = reader.text(REASON, reason, CommitmentSignature.DECLINE_REASON_MAX_LENGTH, true);
        reader.finish();
        zone.lapse(SignatureLapse.DECLINED, said, ChinaTime.nowInChina());
        return zone;
    }

    /**
     * 逾期未签: the promised morning came before the enterprise signed; the zone's signature lapses, the enterprise is
     * told, and the zone agrees the commitment anew. Nothing happens when none is awaited any more.
     */
    public void expire(long projectId) {
        commitmentService.file(projectId).awaitingEnterprise().ifPresent(zone -> {
            LocalDateTime now = ChinaTime.nowInChina();
            zone.lapse(SignatureLapse.EXPIRED, null, now);
            enterpriseMessages.tell(EnterpriseMessage.commitmentSigningExpired(zone, now));
        });
    }

    private static CommitmentSignature awaitedZoneSignature(Project project, CommitmentFile file) {
        return file.awaitingEnterprise().orElseThrow(() -> new IllegalStateException(
                "No signature of the enterprise is awaited on the commitment of " + project.code()));
    }

    private CommitmentSignature signed(Project project, CommitmentText text, LocalDate promisedOn,
            UserAccount signer) {
        LocalDateTime now = ChinaTime.nowInChina();
        String footer = "\n\n签署人：" + signer.displayName() + "（" + signer.username() + "）\n签署时间："
                + SIGNED_AT.format(now) + "\n签署文本SHA-256：" + text.sha256();
        byte[] pdf = TextPdf.withInstalledFont().print(text.party().title(), text.body() + footer);
        Document printed = documents.forProcedure(project, null,
                text.party().title() + "（已签署）.pdf", pdf, signer.username());
        CommitmentSignature signature = new CommitmentSignature(project, text, promisedOn, signer.username(), now,
                printed.id());
        commitments.add(signature);
        audit.record(AuditEvent.success(AuditAction.COMMITMENT_TEXT_SIGNED, "project", project.code().value())
                .withDetail(text.party().title() + " SHA-256 " + text.sha256()));
        return signature;
    }

    /** A signature is printed as it is given: without a font to print with, nothing is signed. */
    private static void printable(InputReader reader, String field) {
        if (TextPdf.installedFont().isEmpty()) {
            reader.reject(field, "commitment.pdf.noFont", TextPdf.FONT_SETTING);
        }
    }

    private UserAccount proven(InputReader reader, String username, String password) {
        UserAccount signer = accounts.findByUsername(username).orElseThrow();
        if (password == null || password.isEmpty()
                || !hashing.matches(password.toCharArray(), signer.passwordHash())) {
            reader.reject(PASSWORD, "signature.password.wrong", "");
        }
        return signer;
    }

    private CommitmentText textFor(CommitmentParty party, Project project, LocalDate promisedOn) {
        return CommitmentText.of(party, project, Commitment.covered(procedures.checklistOf(project.id())),
                promisedOn);
    }

    private Project project(long projectId) {
        return projects.find(projectId).orElseThrow(() -> new NoSuchElementException("project " + projectId));
    }
}
