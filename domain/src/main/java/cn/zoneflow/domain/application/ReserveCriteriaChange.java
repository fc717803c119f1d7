package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.shared.constraint.Required;
import java.util.Set;

/**
 * 确认入库标准: the reserve criteria the zone has confirmed for a project, all of them (one left out is withdrawn),
 * made against the version of the project read.
 */
public record ReserveCriteriaChange(@Required Long version, Set<ReserveCriterion> criteria) {

    public static final String VERSION = "version";
    public static final String CRITERIA = "criteria";

    public ReserveCriteriaChange {
        criteria = criteria == null ? Set.of() : Set.copyOf(criteria);
    }
}
