package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.StageMove;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.web.i18n.Texts;
import cn.zoneflow.web.project.AgencyFile;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        List<StageMoveJson> stageHistory,
        AgencyJson agency) {

    /** One dated stage move and who approved it. */
    public record StageMoveJson(String stage, String stageName, LocalDate date, String approvedBy, String evidence,
            String comment) {
        static StageMoveJson of(StageMove move) {
            return new StageMoveJson(move.stage().name(), move.stage().chineseName(), move.movedOn(), move.approvedBy(),
                    move.evidence(), move.comment());
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
                    Texts.MESSAGES.get(Locale.SIMPLIFIED_CHINESE, "ProcedureStatus." + row.status()), row.committed(),
                    row.handler(), row.due(), row.completedOn(), row.approvalNumber(), row.corrections());
        }
    }

    /** The list view: without the stage history and the agency. */
    static ProjectJson summary(Project project) {
        return of(project, null, null);
    }

    static ProjectJson detail(Project project, AgencyFile agency) {
        return of(project, project.stageMoves().stream().map(StageMoveJson::of).toList(), AgencyJson.of(agency));
    }

    private static ProjectJson of(Project project, List<StageMoveJson> history, AgencyJson agency) {
        return new ProjectJson(project.id(), project.code().value(), project.name(), project.enterprise().name(),
                project.enterprise().creditCode().value(), project.zone().name(), project.zone().city().name(),
                project.industry().name(), project.stage().name(), project.stage().chineseName(),
                project.isStrategicEmerging(), project.isIndustrial(), project.totalInvestment().wan(),
                project.expectedAnnualOutput().wan(), project.plannedStartDate(), project.plannedProductionDate(),
                project.reached(Stage.SIGNED).orElse(null), project.reforms().underCommitment(),
                project.reforms().fullAgency(), project.reforms().landParcelCode(), history, agency);
    }
}
