package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.report.Cohort;
import cn.zoneflow.domain.model.report.CohortRepository;
import cn.zoneflow.domain.model.report.FollowUpRateKind;
import cn.zoneflow.domain.model.report.RatePeriod;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The follow-up rates' cohorts, one grouped query per rate. A project has reached a stage on the first day it
 * moved to that stage or a later one (a project imported at 投产 may lack a dated 开工); its completed investment is
 * what was recorded for the months up to the day the rate is judged on.
 */
@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {

    /** Grouped by {@code %1$s}; {@code %2$s} adds the activity to what tells the presented projects apart. */
    private static final String COHORTS = """
            select %1$s, count(*), sum(p.total_investment),
                   sum(case when r.reached_on <= ?4 then 1 else 0 end),
                   sum(case when r.reached_on <= ?4 then p.total_investment else 0 end),
                   sum(case when r.reached_on <= ?4 then coalesce(c.completed, 0) else 0 end)
            from (select distinct e.project_id%2$s from activity_entry e join activity a on a.id = e.activity_id
                  where e.batch = ?1 and a.held_on >= ?2 and a.held_on <= ?3) presented
            join project p on p.id = presented.project_id
            join zone z on z.id = p.zone_id
            left join (select m.project_id, min(m.moved_on) reached_on
                       from stage_move m where m.stage in (%3$s) group by m.project_id) r on r.project_id = p.id
            left join (select i.project_id, sum(i.completed) completed
                       from monthly_investment i where i.month_start <= ?4 group by i.project_id) c
                   on c.project_id = p.id
            where 1 = 1%4$s
            group by %1$s
            """;
    private static final String INDUSTRIAL_WITH_OUTPUT = " and p.industrial and p.expected_annual_output > 0";

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaCohortRepository() {
    }

    JpaCohortRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Cohort> cohorts(FollowUpRateKind kind, Scope scope, RatePeriod period) {
        return cohorts(kind, scope, period, "p.zone_id", "");
    }

    @Override
    public List<Cohort> cohortsByActivity(FollowUpRateKind kind, Scope scope, RatePeriod period) {
        return cohorts(kind, scope, period, "presented.activity_id", ", e.activity_id");
    }

    private List<Cohort> cohorts(FollowUpRateKind kind, Scope scope, RatePeriod period, String group,
            String presentedBy) {
        String restriction = (kind.onlyIndustrialWithOutput() ? INDUSTRIAL_WITH_OUTPUT : "")
                + ScopeSql.restriction(scope, 5);
        Query query = entityManager.createNativeQuery(String.format(COHORTS, group, presentedBy,
                        stagesFrom(kind.target()), restriction))
                .setParameter(1, kind.cohort().name())
                .setParameter(2, period.from())
                .setParameter(3, period.to())
                .setParameter(4, period.asOf());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ScopeSql.bind(query, scope, 5).getResultList();
        return rows.stream().map(row -> new Cohort(SqlValues.count(row[0]), SqlValues.count(row[1]),
                SqlValues.amount(row[2]), SqlValues.count(row[3]), SqlValues.amount(row[4]),
                SqlValues.amount(row[5]))).toList();
    }

    /** The stage and every later one, as the SQL list of their stored names; they come from the enum, not a user. */
    private static String stagesFrom(Stage stage) {
        return Arrays.stream(Stage.values()).filter(s -> s.compareTo(stage) >= 0)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }
}
