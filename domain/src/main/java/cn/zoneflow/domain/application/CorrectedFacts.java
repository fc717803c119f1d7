package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.FactsCorrection;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.time.LocalDate;

/**
 * 更正项目信息: the project's facts as they should read, why they were wrong, and the version of the project they
 * were read at. The code, the zone and the enterprise stay: they say which project it is.
 */
public record CorrectedFacts(
        @Required Long version,
        @Required @PlainText(max = ProjectFacts.NAME_MAX_LENGTH) String name,
        @Required String industry,
        boolean strategicEmerging,
        boolean industrial,
        @Required Amount totalInvestment,
        @Required Amount expectedAnnualOutput,
        @PlausibleDate LocalDate plannedStartDate,
        @PlausibleDate LocalDate plannedProductionDate,
        @Required @PlainText(max = FactsCorrection.REASON_MAX_LENGTH) String reason) {

    public CorrectedFacts {
        name = TypedText.trimmed(name);
        industry = TypedText.trimmed(industry);
        reason = TypedText.trimmed(reason);
    }
}
