package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.Assessments.Assessment;
import cn.zoneflow.domain.model.assessment.AssessmentIndicator;
import cn.zoneflow.domain.model.assessment.AssessmentPart;
import cn.zoneflow.domain.model.assessment.AssessmentResult;
import cn.zoneflow.domain.model.zone.ZoneCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 分类考核 over the API: the period, the day its figures stand on, whether it is kept (ended, as first computed), the
 * weights, and every zone with its category, rank, score and parts.
 */
public record AssessmentJson(String period, LocalDate asOf, boolean kept, Map<AssessmentIndicator, Integer> weights,
        List<ZoneJson> zones) {

    /** A zone's place in its category and the parts of its score. */
    public record ZoneJson(ZoneCategory category, int rank, String city, String zone, BigDecimal score,
            List<PartJson> parts) {

        static ZoneJson of(AssessmentResult result) {
            return new ZoneJson(result.category(), result.rank(), result.city(), result.zone(), result.score(),
                    result.parts().stream().map(PartJson::of).toList());
        }
    }

    /** One indicator: its figure (null where nothing was counted), the points of 100, its weight, its share. */
    public record PartJson(AssessmentIndicator indicator, BigDecimal figure, BigDecimal points, int weight,
            BigDecimal score) {

        static PartJson of(AssessmentPart part) {
            return new PartJson(part.indicator(), part.figure(), part.points(), part.weight(), part.score());
        }
    }

    static AssessmentJson of(Assessment assessment, Map<AssessmentIndicator, Integer> weights) {
        return new AssessmentJson(assessment.period().toString(), assessment.asOf(), assessment.kept(), weights,
                assessment.results().stream().map(ZoneJson::of).toList());
    }
}
