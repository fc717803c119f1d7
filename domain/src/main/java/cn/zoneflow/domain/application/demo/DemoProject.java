package cn.zoneflow.domain.application.demo;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDate;
import java.util.Map;

/**
 * One project of the demonstration data, before it is turned into entities: the zone by name, the industry
 * by code and the day each stage was reached.
 */
record DemoProject(
        String code,
        String name,
        String enterpriseName,
        String creditCode,
        String zoneName,
        String industryCode,
        boolean strategicEmerging,
        boolean industrial,
        Amount totalInvestment,
        Amount expectedAnnualOutput,
        LocalDate plannedStartDate,
        LocalDate plannedProductionDate,
        Map<Stage, LocalDate> reached) {

    Stage stage() {
        return reached.keySet().stream().max(Enum::compareTo).orElseThrow();
    }
}
