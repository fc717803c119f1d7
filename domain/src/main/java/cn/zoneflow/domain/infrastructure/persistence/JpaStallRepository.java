package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.supervision.StallKind;
import cn.zoneflow.domain.model.supervision.StallReport.ZoneCount;
import cn.zoneflow.domain.model.supervision.StallRepository;
import cn.zoneflow.domain.model.supervision.StalledProject;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The "三未" lists by SQL: a project is at its stage since the day it moved there; it is stalled when that day is
 * more than the rule's months ago — or, for 落而未投 with a planned production date, when that date has passed.
 * Dates are compared with parameters computed here, so the SQL runs unchanged on H2 and MySQL.
 */
@ApplicationScoped
public class JpaStallRepository implements StallRepository {

    private static final String STALLED = """
            from project p
            join zone z on z.id = p.zone_id
            join city c on c.division_code = z.city_code
            join (select m.project_id, max(m.moved_on) since from stage_move m where m.stage = ?1
                  group by m.project_id) s on s.project_id = p.id
            where p.stage = ?1 and %s%s
            """;
    private static final String SINCE_BEFORE_CUTOFF = "s.since < ?2";
    /**
     * The sweep's narrowing: stalled projects that had no notice about this kind of stall yet. The kind is an enum
     * constant's name, written into the SQL: a parameter after the scope's optional one would leave a gap.
     */
    private static final String WITHOUT_NOTICE =
            " and not exists (select 1 from supervision_notice n where n.project_id = p.id and n.stall_kind = '%s')";
    private static final String PROJECT_COLUMNS =
            "select p.id, p.code, p.name, z.name, c.name, p.total_investment, s.since, p.planned_production_date ";
    private static final String PROJECT_ORDER = " order by s.since, p.code";
    private static final String PLANNED_PRODUCTION_PASSED = """
            ((p.planned_production_date is not null and p.planned_production_date < ?3)
             or (p.planned_production_date is null and s.since < ?2))""";

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaStallRepository() {
    }

    JpaStallRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public int monthsFor(StallKind kind) {
        List<?> months = entityManager.createNativeQuery("select months from stall_rule where kind = ?")
                .setParameter(1, kind.name())
                .getResultList();
        if (months.isEmpty()) {
            throw new NoSuchElementException("no stall_rule for " + kind);
        }
        return ((Number) months.get(0)).intValue();
    }

    @Override
    public List<ZoneCount> countsByZone(StallKind kind, int months, Scope scope, LocalDate today) {
        Query query = query(kind, months, scope, today, "", "select c.name, z.name, count(*) ",
                " group by c.division_code, c.name, z.name order by c.division_code, count(*) desc, z.name");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new ZoneCount((String) row[0], (String) row[1], SqlValues.count(row[2])))
                .toList();
    }

    @Override
    public List<StalledProject> stalled(StallKind kind, int months, Scope scope, LocalDate today, int limit) {
        return projects(kind, months, query(kind, months, scope, today, "", PROJECT_COLUMNS, PROJECT_ORDER), today,
                limit);
    }

    @Override
    public List<StalledProject> withoutNotice(StallKind kind, int months, LocalDate today, int limit) {
        Query query = query(kind, months, Scope.PROVINCE, today, String.format(WITHOUT_NOTICE, kind.name()),
                PROJECT_COLUMNS, PROJECT_ORDER);
        return projects(kind, months, query, today, limit);
    }

    private static List<StalledProject> projects(StallKind kind, int months, Query query, LocalDate today,
            int limit) {
        if (limit <= 0) {
            // the provider reads a limit of 0 as none at all, and would hand a sweep whose share is used up every one
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        return rows.stream().map(row -> {
            LocalDate since = SqlValues.date(row[6]);
            LocalDate planned = SqlValues.date(row[7]);
            LocalDate expectedBy = kind.judgedByPlannedProduction() && planned != null ? planned
                    : since.plusMonths(months);
            return StalledProject.of(SqlValues.count(row[0]), (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], SqlValues.amount(row[5]).wan(), since, expectedBy, today);
        }).toList();
    }

    private Query query(StallKind kind, int months, Scope scope, LocalDate today, String restriction, String select,
            String tail) {
        String condition = kind.judgedByPlannedProduction() ? PLANNED_PRODUCTION_PASSED : SINCE_BEFORE_CUTOFF;
        Query query = entityManager.createNativeQuery(select
                        + String.format(STALLED, condition, ScopeSql.restriction(scope, 4) + restriction) + tail)
                .setParameter(1, kind.stage().name())
                .setParameter(2, Date.valueOf(today.minusMonths(months)));
        if (kind.judgedByPlannedProduction()) {
            query.setParameter(3, Date.valueOf(today));
        }
        return ScopeSql.bind(query, scope, 4);
    }
}
