package cn.zoneflow.web.report;

import cn.zoneflow.domain.application.Assessments;
import cn.zoneflow.domain.application.Assessments.Assessment;
import cn.zoneflow.domain.model.assessment.AssessmentPeriod;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The ranking a reader asked for, the same way on the screen and over the API. */
@RequestScoped
public class AssessmentRequest {

    @Inject
    private Assessments assessments;

    /**
     * @param period {@code 2026Q3} or {@code 2026}; this quarter when absent
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code period} written wrongly or not
     *     begun
     */
    public Assessment read(String period) {
        InputReader reader = new InputReader();
        AssessmentPeriod asked = reader.optional("period", period, AssessmentPeriod::parse)
                .orElse(AssessmentPeriod.quarterOf(ChinaTime.today()));
        reader.finish();
        return assessments.assess(asked, ChinaTime.today());
    }
}
