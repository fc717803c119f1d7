package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.commitment.CommitmentRepository;
import cn.zoneflow.domain.model.commitment.CommitmentStatus;
import cn.zoneflow.domain.model.commitment.CreditRecord;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.NoSuchElementException;

/**
 * 承诺制 for one project: the dual commitment is signed, verified at the promised date, rectified when not kept,
 * and recorded as a breach of the enterprise's credit when even that fails. Called by the commitment workflow
 * inside the transaction of its step; every refusal names the field and changes nothing. The enterprise is told of
 * each decision on its commitment (kept, to rectify by when, rectified, broken) on the portal and by e-mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CommitmentService {

    public static final String CREDIT_COMMITTED_ON = "creditCommittedOn";
    public static final String SERVICE_COMMITTED_ON = "serviceCommittedOn";
    public static final String PROMISED_ON = "promisedOn";
    public static final String DECISION = "decision";
    public static final String NOTE = "note";
    public static final String RECTIFICATION_DUE = "rectificationDue";

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private EnterpriseMessages enterpriseMessages;

    /**
     * 签订双承诺书, as the officer typed the dates.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong date
     */
    public Commitment sign(long projectId, String creditCommittedOn, String serviceCommittedOn, String promisedOn,
            String signedBy) {
        Project project = projects.find(projectId).orElseThrow(() -> new NoSuchElementException("project " + projectId));
        InputReader reader = new InputReader();
        LocalDate credit = reader.date(CREDIT_COMMITTED_ON, creditCommittedOn, true);
        LocalDate service = reader.date(SERVICE_COMMITTED_ON, serviceCommittedOn, true);
        LocalDate promised = reader.date(PROMISED_ON, promisedOn, true);
        if (commitments.commitmentOf(projectId).isPresent()) {
            reader.reject(CREDIT_COMMITTED_ON, "commitment.alreadySigned", creditCommittedOn);
        }
        Commitment commitment = null;
        if (!reader.hasErrors()) {
            try {
                commitment = Commitment.signed(project, credit, service, promised, signedBy, ChinaTime.today());
            } catch (InvalidValueException e) {
                reader.reject(e.messageKey().startsWith("commitment.promisedOn") ? PROMISED_ON : CREDIT_COMMITTED_ON,
                        e.messageKey(), e.rejectedValue());
            }
        }
        reader.finish();
        commitments.add(commitment);
        return commitment;
    }

    /**
     * 核查承诺履行: kept (every committed procedure done), or not, with what must be rectified by when.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the field: {@code decision} while a
     *         committed procedure is open, {@code note} or {@code rectificationDue} missing or wrong when not kept
     */
    public Commitment verify(long projectId, boolean fulfilled, String note, String rectificationDue,
            String verifiedBy) {
        Commitment commitment = commitmentOf(projectId);
        InputReader reader = new InputReader();
        String checkedNote = reader.text(NOTE, note, Commitment.NOTE_MAX_LENGTH, !fulfilled);
        LocalDate due = fulfilled ? null : reader.date(RECTIFICATION_DUE, rectificationDue, true);
        if (!reader.hasErrors()) {
            try {
                if (fulfilled) {
                    commitment.fulfilled(checklist(projectId), verifiedBy, checkedNote, ChinaTime.today());
                } else {
                    commitment.notFulfilled(verifiedBy, checkedNote, due, ChinaTime.today());
                }
            } catch (InvalidValueException e) {
                reader.reject(fulfilled ? DECISION : RECTIFICATION_DUE, e.messageKey(), e.rejectedValue());
            }
        }
        reader.finish();
        tellEnterprise(commitment);
        return commitment;
    }

    /**
     * 复核整改: rectified (every committed procedure done now), or still not, with what was found.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code decision} or {@code note}
     */
    public Commitment checkRectification(long projectId, boolean rectified, String note) {
        Commitment commitment = commitmentOf(projectId);
        InputReader reader = new InputReader();
        String checkedNote = reader.text(NOTE, note, Commitment.NOTE_MAX_LENGTH, !rectified);
        if (!reader.hasErrors()) {
            try {
                if (rectified) {
                    commitment.rectified(checklist(projectId), checkedNote, ChinaTime.today());
                } else {
                    commitment.rectificationFailed(checkedNote, ChinaTime.today());
                }
            } catch (InvalidValueException e) {
                reader.reject(DECISION, e.messageKey(), e.rejectedValue());
            }
        }
        reader.finish();
        if (commitment.status() == CommitmentStatus.RECTIFIED) {
            tellEnterprise(commitment);
        }
        return commitment;
    }

    /** 记录失信: the commitment stays broken after rectification; the enterprise's credit record says why. */
    public CreditRecord recordBreach(long projectId) {
        Commitment commitment = commitmentOf(projectId);
        CreditRecord record = commitment.breach(ChinaTime.today());
        commitments.add(record);
        tellEnterprise(commitment);
        return record;
    }

    /**
     * 处置失信记录: how the city's supervisor dealt with the breach.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException when {@code note} is missing or too long
     */
    public CreditRecord handleBreach(long projectId, String handling, String handledBy) {
        CreditRecord record = commitments.creditRecordOf(projectId).orElseThrow(
                () -> new NoSuchElementException("project " + projectId + " has no credit record"));
        InputReader reader = new InputReader();
        String checked = reader.text(NOTE, handling, Commitment.NOTE_MAX_LENGTH, true);
        reader.finish();
        record.handled(handledBy, checked, ChinaTime.today());
        return record;
    }

    /** The project's signed commitment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment commitmentOf(long projectId) {
        return commitments.commitmentOf(projectId).orElseThrow(
                () -> new NoSuchElementException("project " + projectId + " has no commitment"));
    }

    /** What the project's pages and the API show of its commitment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitmentFile file(long projectId) {
        return new CommitmentFile(Commitment.covered(checklist(projectId)),
                commitments.commitmentOf(projectId).orElse(null), commitments.creditRecordOf(projectId).orElse(null),
                commitments.signaturesOf(projectId));
    }

    private void tellEnterprise(Commitment commitment) {
        enterpriseMessages.tell(EnterpriseMessage.commitmentVerified(commitment, ChinaTime.nowInChina()));
    }

    private ProcedureChecklist checklist(long projectId) {
        return procedures.checklistOf(projectId);
    }
}
