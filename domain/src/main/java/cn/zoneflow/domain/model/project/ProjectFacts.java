package cn.zoneflow.domain.model.project;

import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.zone.Zone;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a zone records about a project when it is registered: who invests what, where, in which industry,
 * and when construction and production are planned.
 */
public record ProjectFacts(
        ProjectCode code,
        String name,
        Enterprise enterprise,
        Zone zone,
        Industry industry,
        boolean strategicEmerging,
        boolean industrial,
        Amount totalInvestment,
        Amount expectedAnnualOutput,
        LocalDate plannedStartDate,
        LocalDate plannedProductionDate) {

    public static final int NAME_MAX_LENGTH = 200;

    public ProjectFacts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(totalInvestment, "totalInvestment");
        Objects.requireNonNull(expectedAnnualOutput, "expectedAnnualOutput");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("project.name.required", String.valueOf(name));
        }
        name = name.strip();
        if (name.length() > NAME_MAX_LENGTH) {
            throw new InvalidValueException("project.name.tooLong", name);
        }
        if (plannedStartDate != null && plannedProductionDate != null
                && plannedProductionDate.isBefore(plannedStartDate)) {
            throw new InvalidValueException("project.plannedProductionDate.beforeStart",
                    plannedProductionDate.toString());
        }
    }
}
