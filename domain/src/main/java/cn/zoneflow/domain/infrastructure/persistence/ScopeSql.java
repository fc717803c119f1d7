package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.user.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * Narrows a native query over {@code project p join zone z} to a scope: one zone, the zones of one city, or nothing
 * for the province. The scope's value is bound as a parameter, never written into the SQL.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    static String restriction(Scope scope, int parameter) {
        return scope.match(() -> "", city -> " and z.city_code = ?" + parameter,
                zone -> " and p.zone_id = ?" + parameter);
    }

    /**
     * Runs a native query whose {@code %s} takes the scope's restriction: the given parameters first (?1, ?2 …),
     * the scope's value after them.
     */
    static List<Object[]> rows(EntityManager entityManager, String sql, Scope scope, Object... parameters) {
        int scopeParameter = parameters.length + 1;
        Query query = entityManager.createNativeQuery(String.format(sql, restriction(scope, scopeParameter)));
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(query, scope, scopeParameter).getResultList();
        return rows;
    }

    static Query bind(Query query, Scope scope, int parameter) {
        return scope.match(() -> query, city -> query.setParameter(parameter, city),
                zone -> query.setParameter(parameter, zone));
    }

    /**
     * Narrows a JPQL query to a scope by the path of the zone its rows belong to ({@code p.zone}): a
     * {@code where} clause with the parameter {@code :place}, empty for the province.
     */
    static String jpqlWhere(Scope scope, String zonePath) {
        return condition(scope, zonePath).map(condition -> " where " + condition).orElse("");
    }

    /** The same narrowing added to a query that has its own {@code where} clause. */
    static String jpqlAnd(Scope scope, String zonePath) {
        return condition(scope, zonePath).map(condition -> " and " + condition).orElse("");
    }

    private static Optional<String> condition(Scope scope, String zonePath) {
        return scope.match(Optional::empty, city -> Optional.of(zonePath + ".city.divisionCode = :place"),
                zone -> Optional.of(zonePath + ".id = :place"));
    }

    /** Binds {@code :place} of a query narrowed by {@link #jpqlWhere} or {@link #jpqlAnd}. */
    static <T extends Query> T bindPlace(T query, Scope scope) {
        scope.match(() -> query, city -> query.setParameter("place", city), zone -> query.setParameter("place", zone));
        return query;
    }
}
