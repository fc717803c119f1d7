package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.FactsCorrection;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/**
 * 更正项目信息: the project's facts as they should read, why they were wrong, and the version of the project they
 * were read at. The code, the zone and the enterprise stay: they say which project it is. The planned dates are not
 * corrected here but changed through the project's plan (调整计划), so that moving one never hides a slip.
 */
public record CorrectedFacts(
        @Required Long version,
        @Required @PlainText(max = ProjectFacts.NAME_MAX_LENGTH) String name,
        @Required String industry,
        boolean strategicEmerging,
        boolean industrial,
        @Required Amount totalInvestment,
        @Required Amount expectedAnnualOutput,
        @Required @PlainText(max = FactsCorrection.REASON_MAX_LENGTH) String reason) {

    public CorrectedFacts {
        name = TypedText.trimmed(name);
        industry = TypedText.trimmed(industry);
        reason = TypedText.trimmed(reason);
    }
}
