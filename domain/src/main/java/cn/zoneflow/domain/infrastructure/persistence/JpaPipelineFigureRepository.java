package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.report.PipelineFigureRepository;
import cn.zoneflow.domain.model.report.ReformFigures;
import cn.zoneflow.domain.model.report.StageFunnel;
import cn.zoneflow.domain.model.report.StageTally;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The overview's counts, one grouped native query each, over the zone index the project table already has. A
 * procedure counts as closed in a period when it was issued within it; a parcel as sold when its sale is dated
 * within it.
 */
@ApplicationScoped
public class JpaPipelineFigureRepository implements PipelineFigureRepository {

    private static final String STAGES = """
            select p.zone_id, p.stage, count(*), sum(p.total_investment)
            from project p
            join zone z on z.id = p.zone_id
            where 1 = 1%s
            group by p.zone_id, p.stage
            """;
    private static final String COMMITTED_PROJECTS = """
            select p.zone_id, count(*), sum(case when p.under_commitment then 1 else 0 end)
            from project p
            join zone z on z.id = p.zone_id
            where p.stage <> 'RESERVE'%s
            group by p.zone_id
            """;
    /** Both procedure figures in one pass over the procedures, the largest table the overview reads. */
    private static final String PROCEDURE_ITEMS = """
            select p.zone_id,
                   sum(case when c.commitment_eligible and pp.status <> 'WAIVED' then 1 else 0 end),
                   sum(case when c.commitment_eligible and pp.status <> 'WAIVED' and pp.committed then 1 else 0 end),
                   sum(case when pp.status = 'CLOSED' and pp.completed_on >= ?1 and pp.completed_on <= ?2
                            then 1 else 0 end)
            from project_procedure pp
            join procedure_catalogue c on c.code = pp.procedure_code
            join project p on p.id = pp.project_id
            join zone z on z.id = p.zone_id
            where 1 = 1%s
            group by p.zone_id
            """;
    private static final String AGREEMENTS = """
            select p.zone_id, count(*)
            from agency_agreement a
            join project p on p.id = a.project_id
            join zone z on z.id = p.zone_id
            where a.signed_on >= ?1 and a.signed_on <= ?2%s
            group by p.zone_id
            """;
    /** The parcel's zone stands where a project's would, so the scope narrows it alike. */
    private static final String LAND_SOLD = """
            select p.zone_id, count(*), sum(p.area_mu)
            from land_parcel p
            join zone z on z.id = p.zone_id
            where p.sold_on >= ?1 and p.sold_on <= ?2%s
            group by p.zone_id
            """;

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaPipelineFigureRepository() {
    }

    JpaPipelineFigureRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, StageFunnel> stages(Scope scope) {
        Map<Long, Map<Stage, StageTally>> byZone = new HashMap<>();
        for (Object[] row : rows(STAGES, scope)) {
            byZone.computeIfAbsent(SqlValues.count(row[0]), zone -> new EnumMap<>(Stage.class))
                    .put(Stage.valueOf((String) row[1]), new StageTally(SqlValues.count(row[2]),
                            SqlValues.amount(row[3])));
        }
        Map<Long, StageFunnel> funnels = new HashMap<>();
        byZone.forEach((zone, stages) -> funnels.put(zone, new StageFunnel(stages)));
        return funnels;
    }

    @Override
    public Map<Long, ReformFigures> reforms(Scope scope, LocalDate from, LocalDate to) {
        Map<Long, ReformFigures> byZone = new HashMap<>();
        add(byZone, rows(COMMITTED_PROJECTS, scope),
                row -> ReformFigures.commitmentCoverage(SqlValues.count(row[1]), SqlValues.count(row[2])));
        add(byZone, rows(PROCEDURE_ITEMS, scope, from, to), row -> ReformFigures
                .commitmentItems(SqlValues.count(row[1]), SqlValues.count(row[2]))
                .plus(ReformFigures.agency(0, SqlValues.count(row[3]))));
        add(byZone, rows(AGREEMENTS, scope, from, to), row -> ReformFigures.agency(SqlValues.count(row[1]), 0));
        add(byZone, rows(LAND_SOLD, scope, from, to), row -> ReformFigures.landSold(SqlValues.count(row[1]),
                row[2] == null ? BigDecimal.ZERO : new BigDecimal(row[2].toString())));
        return byZone;
    }

    private static void add(Map<Long, ReformFigures> byZone, List<Object[]> rows,
            Function<Object[], ReformFigures> figures) {
        for (Object[] row : rows) {
            byZone.merge(SqlValues.count(row[0]), figures.apply(row), ReformFigures::plus);
        }
    }

    private List<Object[]> rows(String sql, Scope scope, Object... period) {
        return ScopeSql.rows(entityManager, sql, scope, period);
    }
}
