package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.user.Scope;
import jakarta.persistence.Query;

/**
 * Narrows a native query over {@code project p join zone z} to a scope: one zone, the zones of one city, or nothing
 * for the province. The scope's value is bound as a parameter, never written into the SQL.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    static String restriction(Scope scope, int parameter) {
        if (scope.zone().isPresent()) {
            return " and p.zone_id = ?" + parameter;
        }
        return scope.city().isPresent() ? " and z.city_code = ?" + parameter : "";
    }

    static Query bind(Query query, Scope scope, int parameter) {
        scope.zone().ifPresent(zone -> query.setParameter(parameter, zone));
        scope.city().ifPresent(city -> query.setParameter(parameter, city));
        return query;
    }
}
