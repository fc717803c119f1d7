package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/**
 * What a zone records of a project whether it registers it or imports it: the project, its enterprise, where it
 * stands, how large it is and the reforms it runs under. The zone and the industry are named as the user chose
 * them; {@link ProjectDetailsCheck} finds them.
 */
public record ProjectDetails(
        @Required ProjectCode code,
        @Required @PlainText(max = ProjectFacts.NAME_MAX_LENGTH) String name,
        @Required @PlainText(max = Enterprise.NAME_MAX_LENGTH) String enterpriseName,
        @Required CreditCode creditCode,
        @Required String zone,
        @Required String industry,
        boolean strategicEmerging,
        boolean industrial,
        @Required Amount totalInvestment,
        @Required Amount expectedAnnualOutput,
        boolean underCommitment,
        boolean fullAgency,
        @PlainText(max = ProjectReforms.PARCEL_CODE_MAX_LENGTH) String landParcelCode) {

    public ProjectDetails {
        name = TypedText.trimmed(name);
        enterpriseName = TypedText.trimmed(enterpriseName);
        zone = TypedText.trimmed(zone);
        industry = TypedText.trimmed(industry);
        landParcelCode = TypedText.trimmed(landParcelCode);
    }

    public ProjectReforms reforms() {
        return new ProjectReforms(underCommitment, fullAgency, landParcelCode);
    }
}
