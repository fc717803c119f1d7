package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.UserAccount;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts of a project as registered: what a decision needs at a glance, as the top of every task page shows
 * them, with whom the zone deals at the enterprise, and the rest of what 项目库 and the API tell of it.
 * Amounts are given in 亿元 for reading and in 万元, exactly, as recorded.
 */
public record ProjectSummary(
        long id,
        String code,
        String name,
        String enterprise,
        String creditCode,
        String contactPerson,
        String contactPhone,
        String zone,
        String city,
        String industry,
        Stage stage,
        Stage nextStage,
        BigDecimal totalInvestmentYi,
        BigDecimal expectedAnnualOutputYi,
        BigDecimal totalInvestmentWan,
        BigDecimal expectedAnnualOutputWan,
        boolean strategicEmerging,
        boolean industrial,
        LocalDate signedOn,
        LocalDate plannedStartDate,
        LocalDate plannedProductionDate,
        LocalDate plannedEffectiveDate,
        boolean underCommitment,
        boolean fullAgency,
        String landParcelCode,
        String leaderInCharge,
        String leaderAccount,
        ReserveTier reserveTier,
        long version) {

    public static ProjectSummary of(Project project) {
        return new ProjectSummary(project.id(), project.code().value(), project.name(), project.enterprise().name(),
                project.enterprise().creditCode().value(), project.enterprise().contactPerson(),
                project.enterprise().contactPhone(), project.zone().name(), project.zone().city().name(),
                project.industry().name(), project.stage(), project.stage().next().orElse(null),
                project.totalInvestment().inYi(), project.expectedAnnualOutput().inYi(),
                project.totalInvestment().wan(), project.expectedAnnualOutput().wan(),
                project.isStrategicEmerging(), project.isIndustrial(), project.reached(Stage.SIGNED).orElse(null),
                project.plannedStartDate(), project.plannedProductionDate(), project.plannedEffectiveDate(),
                project.reforms().underCommitment(),
                project.reforms().fullAgency(), project.reforms().landParcelCode(), project.leaderInCharge(),
                project.leader().map(UserAccount::username).orElse(null),
                project.reserveTier().orElse(null), project.version());
    }
}
