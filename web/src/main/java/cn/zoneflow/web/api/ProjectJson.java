package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.StageMove;
import cn.zoneflow.domain.model.shared.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        List<StageMoveJson> stageHistory) {

    /** One dated stage move and who approved it. */
    public record StageMoveJson(String stage, String stageName, LocalDate date, String approvedBy, String evidence) {
        static StageMoveJson of(StageMove move) {
            return new StageMoveJson(move.stage().name(), move.stage().chineseName(), move.movedOn(), move.approvedBy(),
                    move.evidence());
        }
    }

    /** The list view: without the stage history. */
    static ProjectJson summary(Project project) {
        return of(project, null);
    }

    static ProjectJson detail(Project project) {
        return of(project, project.stageMoves().stream().map(StageMoveJson::of).toList());
    }

    private static ProjectJson of(Project project, List<StageMoveJson> history) {
        return new ProjectJson(project.id(), project.code().value(), project.name(), project.enterprise().name(),
                project.enterprise().creditCode().value(), project.zone().name(), project.zone().city().name(),
                project.industry().name(), project.stage().name(), project.stage().chineseName(),
                project.isStrategicEmerging(), project.isIndustrial(), project.totalInvestment().wan(),
                project.expectedAnnualOutput().wan(), project.plannedStartDate(), project.plannedProductionDate(),
                project.reached(Stage.SIGNED).orElse(null), project.reforms().underCommitment(),
                project.reforms().fullAgency(), project.reforms().landParcelCode(), history);
    }
}
