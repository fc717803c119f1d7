package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import jakarta.validation.Valid;
import cn.zoneflow.domain.model.plan.PlannedDates;
import java.time.LocalDate;

/**
 * 登记签约项目: a newly signed project as the zone registers it — its details, whom the zone deals with at the
 * enterprise, the day the contract was signed and the days it plans to start, produce and reach its output (达效).
 */
public record SignedProject(
        @Valid ProjectDetails details,
        @PlainText(max = ProjectRegistration.PERSON_MAX_LENGTH) String contactPerson,
        @PlainText(max = ProjectRegistration.PHONE_MAX_LENGTH) String contactPhone,
        @PlausibleDate LocalDate plannedStartDate,
        @PlausibleDate LocalDate plannedProductionDate,
        @PlausibleDate LocalDate plannedEffectiveDate,
        @Required @PlausibleDate LocalDate signedOn) {

    public SignedProject {
        contactPerson = TypedText.trimmed(contactPerson);
        contactPhone = TypedText.trimmed(contactPhone);
    }

    /** The plan registered with the project: its baseline until a plan is entered. */
    public PlannedDates plannedDates() {
        return new PlannedDates(plannedStartDate, plannedProductionDate, plannedEffectiveDate);
    }
}
