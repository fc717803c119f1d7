package cn.zoneflow.domain.application.projectimport;

import cn.zoneflow.domain.application.ProjectDetails;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.plan.PlannedDates;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import cn.zoneflow.domain.model.shared.TypedText;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;

/**
 * One line of an import: the project's details, the stage it has reached and the day of each stage reached, the
 * investment completed so far, the "三个一批" activity and batch it was presented in, if any, and the days it is
 * planned to start, produce and reach its output and the investment it plans for a year, month by month (none where a
 * file leaves them out).
 */
public record ImportedProject(
        @Valid ProjectDetails details,
        @Required Stage stage,
        Map<Stage, LocalDate> reachedOn,
        Amount completedInvestment,
        @PlainText(max = Activity.NAME_MAX_LENGTH) String activity,
        Batch batch,
        @PlausibleDate LocalDate activityDate,
        PlannedDates plannedDates,
        ImportedYearPlan yearPlan) {

    public ImportedProject {
        reachedOn = Map.copyOf(reachedOn);
        activity = TypedText.trimmed(activity);
    }
}
