package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import jakarta.validation.Valid;
import java.time.LocalDate;

/**
 * 登记签约项目: a newly signed project as the zone registers it — its details, whom the zone deals with at the
 * enterprise, the day the contract was signed and the days it plans to start and produce.
 */
public record SignedProject(
        @Valid ProjectDetails details,
        @PlainText(max = ProjectRegistration.PERSON_MAX_LENGTH) String contactPerson,
        @PlainText(max = ProjectRegistration.PHONE_MAX_LENGTH) String contactPhone,
        @PlausibleDate LocalDate plannedStartDate,
        @PlausibleDate LocalDate plannedProductionDate,
        @Required @PlausibleDate LocalDate signedOn) {

    public SignedProject {
        contactPerson = TypedText.trimmed(contactPerson);
        contactPhone = TypedText.trimmed(contactPhone);
    }
}
