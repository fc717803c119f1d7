package cn.zoneflow.web.project;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The facts of a project a decision needs at a glance, as the top of every task page shows them — with whom the
 * zone deals at the enterprise, as registered.
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
        String industry,
        Stage stage,
        Stage nextStage,
        BigDecimal totalInvestmentYi,
        BigDecimal expectedAnnualOutputYi,
        boolean strategicEmerging,
        LocalDate signedOn,
        String leaderInCharge,
        ReserveTier reserveTier,
        long version) {

    public static ProjectSummary of(Project project) {
        return new ProjectSummary(project.id(), project.code().value(), project.name(), project.enterprise().name(),
                project.enterprise().creditCode().value(), project.enterprise().contactPerson(),
                project.enterprise().contactPhone(), project.zone().name(), project.industry().name(), project.stage(), project.stage().next().orElse(null),
                project.totalInvestment().inYi(), project.expectedAnnualOutput().inYi(),
                project.isStrategicEmerging(), project.reached(Stage.SIGNED).orElse(null), project.leaderInCharge(),
                project.reserveTier().orElse(null), project.version());
    }
}
