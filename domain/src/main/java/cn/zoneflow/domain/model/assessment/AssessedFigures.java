package cn.zoneflow.domain.model.assessment;

import cn.zoneflow.domain.model.zone.ZoneCategory;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a zone is assessed from: each indicator's figure — per cents for completion and rates (null where there was
 * nothing to count), counts for "三未" and red projects.
 */
public record AssessedFigures(long zoneId, String zone, String city, ZoneCategory category,
        Map<AssessmentIndicator, BigDecimal> figures) {

    public AssessedFigures {
        figures = Map.copyOf(figures);
    }
}
