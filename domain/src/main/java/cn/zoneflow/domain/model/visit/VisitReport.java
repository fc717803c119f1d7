package cn.zoneflow.domain.model.visit;

import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.PlausibleDate;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.time.LocalDate;

/**
 * 记录入企服务: the day of the visit, who went, whom they met, what the enterprise asked and what follows; with a
 * problem category, what was asked is raised as a problem of that category too.
 */
public record VisitReport(
        @Required @PlausibleDate LocalDate visitedOn,
        @Required @PlainText(max = EnterpriseVisit.VISITORS_MAX_LENGTH) String visitors,
        @Required @PlainText(max = EnterpriseVisit.MET_MAX_LENGTH) String met,
        @Required @PlainText(max = EnterpriseVisit.TEXT_MAX_LENGTH) String asked,
        @PlainText(max = EnterpriseVisit.TEXT_MAX_LENGTH) String followUp,
        String problemCategory) {

    public static final String VISITED_ON = "visitedOn";
    public static final String PROBLEM_CATEGORY = "problemCategory";

    public VisitReport {
        visitors = TypedText.trimmed(visitors);
        met = TypedText.trimmed(met);
        asked = TypedText.trimmed(asked);
        followUp = TypedText.trimmed(followUp);
        problemCategory = TypedText.trimmed(problemCategory);
    }
}
