package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.reserve.ReserveFigures;
import cn.zoneflow.domain.model.reserve.ReserveRepository;
import cn.zoneflow.domain.model.reserve.TierFigure;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reserve library by grouped native queries: one for the tiers today, one for the period's conversion. */
@ApplicationScoped
public class JpaReserveRepository implements ReserveRepository {

    private static final Comparator<Project> MOST_MATURE_FIRST = Comparator
            .comparing((Project project) -> project.reserveTier().map(ReserveTier::ordinal).orElse(-1))
            .reversed()
            .thenComparing(project -> project.zone().name())
            .thenComparing(project -> project.code().value());

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaReserveRepository() {
    }

    JpaReserveRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, ReserveFigures> figures(Scope scope, LocalDate from, LocalDate to) {
        Map<Long, ReserveFigures> figures = new HashMap<>();
        for (Object[] row : ScopeSql.rows(entityManager, """
                select p.zone_id, p.reserve_tier, count(*), sum(p.total_investment)
                from project p join zone z on z.id = p.zone_id
                where p.stage = 'RESERVE'%s
                group by p.zone_id, p.reserve_tier""", scope)) {
            ReserveTier tier = row[1] == null ? null : ReserveTier.valueOf((String) row[1]);
            figures.merge(zoneId(row), ReserveFigures.NONE.withTier(tier,
                    new TierFigure(count(row[2]), SqlValues.amount(row[3]))),
                    ReserveFigures::plus);
        }
        // in reserve during the period: entered by its end and not signed before its start
        for (Object[] row : ScopeSql.rows(entityManager, """
                select p.zone_id,
                    sum(case when s.moved_on is null or s.moved_on >= ?1 then 1 else 0 end),
                    sum(case when s.moved_on >= ?1 and s.moved_on <= ?2 then 1 else 0 end)
                from project p join zone z on z.id = p.zone_id
                left join stage_move s on s.project_id = p.id and s.stage = 'SIGNED'
                where p.reserve_entered_on is not null and p.reserve_entered_on <= ?2%s
                group by p.zone_id""", scope, from, to)) {
            figures.merge(zoneId(row), ReserveFigures.NONE.withConversion(count(row[1]), count(row[2])),
                    ReserveFigures::plus);
        }
        return figures;
    }

    @Override
    public List<Project> inReserve(Scope scope) {
        return ScopeSql.bindPlace(entityManager.createQuery("select p from Project p join fetch p.enterprise"
                        + " where p.stage = :reserve"
                        + ScopeSql.jpqlAnd(scope, "p.zone"), Project.class), scope)
                .setParameter("reserve", Stage.RESERVE)
                .setHint("eclipselink.batch", "p.criteriaMet")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream().sorted(MOST_MATURE_FIRST).toList();
    }

    private static long zoneId(Object[] row) {
        return ((Number) row[0]).longValue();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
