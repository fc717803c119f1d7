package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.SignatureLapse;
import cn.zoneflow.domain.model.commitment.CreditRecord;
import cn.zoneflow.domain.model.evaluation.EvaluationFile;
import cn.zoneflow.domain.model.evaluation.OutputEvaluation;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.project.AgencyFile;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.project.ProjectSummary;
import cn.zoneflow.web.project.ReserveFile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** A project as the API shows it; amounts are exact decimals in 万元. */
public record ProjectJson(
        long id,
        String code,
        String name,
        String enterprise,
        String creditCode,
        String zone,
        String city,
        String industry,
        String stage,
        String stageName,
        boolean strategicEmerging,
        boolean industrial,
        BigDecimal totalInvestment,
        BigDecimal expectedAnnualOutput,
        LocalDate plannedStartDate,
        LocalDate plannedProductionDate,
        LocalDate signedOn,
        boolean underCommitment,
        boolean fullAgency,
        String landParcelCode,
        String leaderInCharge,
        String leaderAccount,
        String reserveTier,
        String reserveTierName,
        long version,
        List<StageMoveJson> stageHistory,
        List<RequestRoundJson> stageMoveRequests,
        AgencyJson agency,
        CommitmentJson commitment,
        LandParcelJson landParcel,
        EvaluationJson evaluation,
        List<PresentationJson> activities,
        List<CorrectionJson> corrections,
        ReserveJson reserve) {

    /**
     * 储备库: the day the project entered the reserve here, every criterion ({@code met} with the day and who confirmed
     * it) and each move between tiers ({@code from}/{@code to} null for "not graded"); kept after signing.
     */
    public record ReserveJson(LocalDate enteredOn, List<CriterionJson> criteria, List<TierMoveJson> tierMoves) {

        static ReserveJson of(ReserveFile file) {
            return file == null ? null : new ReserveJson(file.enteredOn(), file.criteria().stream()
                    .map(row -> new CriterionJson(row.criterion().name(), row.criterion().chineseName(), row.met(),
                            row.confirmedOn(), row.confirmedBy())).toList(),
                    file.moves().stream().map(move -> new TierMoveJson(
                            move.from() == null ? null : move.from().name(),
                            move.to() == null ? null : move.to().name(), move.movedOn(), move.movedBy())).toList());
        }
    }

    public record CriterionJson(String criterion, String name, boolean met, LocalDate confirmedOn,
            String confirmedBy) {
    }

    public record TierMoveJson(String from, String to, LocalDate movedOn, String movedBy) {
    }

    /** 更正记录: who corrected which facts, when (China's time) and why; each fact before and after. */
    public record CorrectionJson(LocalDateTime correctedAt, String correctedBy, String reason,
            List<ProjectQueries.ChangeRow> changes) {
        static CorrectionJson of(ProjectQueries.CorrectionRow row) {
            return new CorrectionJson(row.correctedAt(), row.correctedBy(), row.reason(), row.changes());
        }
    }

    /** A "三个一批" activity the project was presented in, and in which batch. */
    public record PresentationJson(long activityId, String activity, LocalDate heldOn, String batch,
            String batchName) {
        static PresentationJson of(ProjectQueries.PresentationRow row) {
            return new PresentationJson(row.activityId(), row.activity(), row.heldOn(), row.batch().name(),
                    row.batch().chineseName());
        }
    }

    /**
     * One dated stage move and who approved it: the zone's manager and, for the largest projects, the city's
     * supervisor after them; {@code imported} when it came with a list the zone imported.
     */
    public record StageMoveJson(String stage, String stageName, LocalDate date, String approvedBy,
            String cityApprovedBy, String evidence, boolean imported) {
        static StageMoveJson of(ProjectQueries.StageMoveRow move) {
            return new StageMoveJson(move.stage().name(), move.stage().chineseName(), move.on(), move.approvedBy(),
                    move.cityApprovedBy(), move.evidence(), move.imported());
        }
    }

    /**
     * One round of asking for the next stage: {@code OPEN} (awaiting the zone, or the city where
     * {@code awaitsCity}), {@code APPROVED} or {@code RETURNED} with its reason. Times are China's.
     */
    public record RequestRoundJson(String requestedStage, String requestedStageName, String requestedBy,
            LocalDateTime requestedAt, String evidence, String status, String statusName, boolean awaitsCity,
            String zoneDecidedBy, LocalDateTime zoneDecidedAt, String cityDecidedBy, LocalDateTime cityDecidedAt,
            String approvalComment, String returnReason) {
        static RequestRoundJson of(ProjectQueries.RequestRound round) {
            return new RequestRoundJson(round.requestedStage().name(), round.requestedStage().chineseName(),
                    round.requestedBy(), round.requestedAt(), round.evidence(), round.status().name(),
                    chinese("StageMoveRequest.Status." + round.status().name()), round.awaitsCity(),
                    round.zoneDecidedBy(), round.zoneDecidedAt(), round.cityDecidedBy(), round.cityDecidedAt(),
                    round.approvalComment(), round.returnReason());
        }
    }

    /** 全代办: the agency agreement (null until signed) and the procedures, each with where it stands. */
    public record AgencyJson(AgreementJson agreement, long done, int total, List<ProcedureJson> procedures) {
        static AgencyJson of(AgencyFile file) {
            AgencyFile.Agreement agreement = file.agreement();
            return new AgencyJson(agreement == null ? null
                    : new AgreementJson(agreement.number(), agreement.signedOn(), agreement.specialist()),
                    file.done(), file.total(), file.procedures().stream().map(ProcedureJson::of).toList());
        }
    }

    public record AgreementJson(String number, LocalDate signedOn, String specialist) {
    }

    public record ProcedureJson(String code, String name, String department, String requiredBefore, String status,
            String statusName, boolean underCommitment, String handler, LocalDate due, LocalDate completedOn,
            String approvalNumber, int corrections) {
        static ProcedureJson of(AgencyFile.ProcedureRow row) {
            return new ProcedureJson(row.code(), row.name(), row.department(), row.requiredBefore(), row.status(),
                    chinese("ProcedureStatus." + row.status()), row.committed(),
                    row.handler(), row.due(), row.completedOn(), row.approvalNumber(), row.corrections());
        }
    }

    /**
     * 承诺制: the covered procedures and how many are done, the commitment once signed (null before), the credit
     * record of a breach (null unless broken) and the signatures given on line.
     */
    public record CommitmentJson(long coveredDone, List<CoveredJson> covered, SignedCommitmentJson signed,
            CreditRecordJson creditRecord, List<SignatureJson> signatures) {

        public static CommitmentJson of(CommitmentFile file) {
            if (!file.isApplicable()) {
                return null;
            }
            return new CommitmentJson(file.coveredDone(),
                    file.covered().stream().map(p -> new CoveredJson(p.procedure().code(), p.procedure().name(),
                            p.status().name(), chinese("ProcedureStatus." + p.status().name()))).toList(),
                    SignedCommitmentJson.of(file.commitment()), CreditRecordJson.of(file.creditRecord()),
                    file.signatures().stream().map(SignatureJson::of).toList());
        }
    }

    /**
     * One party's signature on line: the text signed and its SHA-256, who signed when, and the printed PDF (a document
     * of the project, {@code GET /documents/{documentId}}); for a signature of the zone's that lapsed, why
     * ({@code DECLINED} with the enterprise's {@code declineReason}, or {@code EXPIRED}) and when, none while it stands.
     */
    public record SignatureJson(String party, String title, String signedBy, LocalDateTime signedAt,
            LocalDate promisedOn, String textSha256, String text, long documentId, SignatureLapse lapse,
            LocalDateTime lapsedAt, String declineReason) {
        static SignatureJson of(CommitmentSignature signature) {
            return new SignatureJson(signature.party().name(), signature.party().title(), signature.signedBy(),
                    signature.signedAt(), signature.promisedOn(), signature.textSha256(), signature.signedText(),
                    signature.documentId(), signature.lapse(), signature.lapsedAt(), signature.declineReason());
        }
    }

    /** The dual commitment's dates and, once verified, the findings. */
    public record SignedCommitmentJson(String status, String statusName, LocalDate creditCommittedOn,
            LocalDate serviceCommittedOn, LocalDate promisedOn, String signedBy, LocalDate verifiedOn,
            String verifiedBy, String verificationNote, LocalDate rectificationDue, LocalDate rectifiedOn,
            String rectificationNote) {
        static SignedCommitmentJson of(Commitment c) {
            return c == null ? null : new SignedCommitmentJson(c.status().name(),
                    chinese("CommitmentStatus." + c.status().name()), c.creditCommittedOn(), c.serviceCommittedOn(),
                    c.promisedOn(), c.signedBy(), c.verifiedOn(), c.verifiedBy(), c.verificationNote(),
                    c.rectificationDue(), c.rectifiedOn(), c.rectificationNote());
        }
    }

    public record CoveredJson(String code, String name, String status, String statusName) {
    }

    public record CreditRecordJson(LocalDate recordedOn, String reason, String handledBy, LocalDate handledOn,
            String handling) {
        static CreditRecordJson of(CreditRecord record) {
            return record == null ? null : new CreditRecordJson(record.recordedOn(), record.reason(),
                    record.handledBy(), record.handledOn(), record.handling());
        }
    }

    /**
     * 达效评估: the latest round's figures (万元; energy in 吨标准煤), the manager's decision once given, each measure
     * against what it had to reach, and how many rounds came before.
     */
    public record EvaluationJson(LocalDate evaluatedOn, String evaluatedBy, BigDecimal actualOutput,
            BigDecimal annualTax, BigDecimal energyUse, String decision, String decidedBy, LocalDate decidedOn,
            String decisionNote, boolean allMet, List<MeasureJson> measures, int earlierRounds) {

        static EvaluationJson of(EvaluationFile file) {
            OutputEvaluation e = file.latest();
            return e == null ? null : new EvaluationJson(e.evaluatedOn(), e.evaluatedBy(), e.actualOutput().wan(),
                    e.annualTax().wan(), e.energyUse(), e.decision() == null ? null : e.decision().name(),
                    e.decidedBy(), e.decidedOn(), e.decisionNote(), file.check().allMet(),
                    file.check().measures().stream().map(m -> new MeasureJson(m.kind().name(),
                            chinese("MeasureKind." + m.kind().name()), m.actual(), m.required(), m.met())).toList(),
                    file.earlier().size());
        }
    }

    public record MeasureJson(String kind, String name, BigDecimal actual, BigDecimal required, boolean met) {
    }

    private static String chinese(String key) {
        return Texts.MESSAGES.get(Locale.SIMPLIFIED_CHINESE, key);
    }

    /** The list view: only the project's own facts. */
    static ProjectJson summary(ProjectSummary project) {
        return of(project, null, null, null, null, null, null, null, null, null);
    }

    static ProjectJson detail(ProjectQueries.ProjectPage page) {
        return of(page.summary(), page.stageMoves().stream().map(StageMoveJson::of).toList(),
                page.requestRounds().stream().map(RequestRoundJson::of).toList(), AgencyJson.of(page.agency()),
                CommitmentJson.of(page.commitment()), LandParcelJson.of(page.evaluation().parcel()),
                EvaluationJson.of(page.evaluation()),
                page.activities().stream().map(PresentationJson::of).toList(),
                page.corrections().stream().map(CorrectionJson::of).toList(), ReserveJson.of(page.reserve()));
    }

    private static ProjectJson of(ProjectSummary project, List<StageMoveJson> history, List<RequestRoundJson> rounds,
            AgencyJson agency, CommitmentJson commitment, LandParcelJson landParcel, EvaluationJson evaluation,
            List<PresentationJson> activities, List<CorrectionJson> corrections, ReserveJson reserve) {
        ReserveTier tier = project.reserveTier();
        return new ProjectJson(project.id(), project.code(), project.name(), project.enterprise(),
                project.creditCode(), project.zone(), project.city(), project.industry(), project.stage().name(),
                project.stage().chineseName(), project.strategicEmerging(), project.industrial(),
                project.totalInvestmentWan(), project.expectedAnnualOutputWan(), project.plannedStartDate(),
                project.plannedProductionDate(), project.signedOn(), project.underCommitment(),
                project.fullAgency(), project.landParcelCode(), project.leaderInCharge(), project.leaderAccount(),
                tier == null ? null : tier.name(), tier == null ? null : tier.chineseName(), project.version(),
                history, rounds, agency, commitment, landParcel, evaluation, activities, corrections, reserve);
    }
}
