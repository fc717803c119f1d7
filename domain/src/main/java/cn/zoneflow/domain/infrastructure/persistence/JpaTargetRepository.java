package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.annualtarget.AnnualTarget;
import cn.zoneflow.domain.model.annualtarget.TargetIndicator;
import cn.zoneflow.domain.model.annualtarget.TargetRepository;
import cn.zoneflow.domain.model.annualtarget.TargetRule;
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
import java.util.Optional;

/** Targets by JPA; what zones reached in a period by grouped native queries, one per kind of figure. */
@ApplicationScoped
public class JpaTargetRepository implements TargetRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaTargetRepository() {
    }

    JpaTargetRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AnnualTarget> ofYear(int year) {
        return entityManager.createQuery("select t from AnnualTarget t where t.year = :year", AnnualTarget.class)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public Optional<AnnualTarget> find(int year, Scope place, TargetIndicator indicator) {
        return entityManager.createQuery("select t from AnnualTarget t where t.year = :year and t.place = :place"
                        + " and t.indicator = :indicator", AnnualTarget.class)
                .setParameter("year", year)
                .setParameter("place", AnnualTarget.keyOf(place))
                .setParameter("indicator", indicator)
                .getResultStream().findFirst();
    }

    @Override
    public void add(AnnualTarget target) {
        entityManager.persist(target);
    }

    @Override
    public TargetRule rule() {
        return entityManager.createQuery("select r from TargetRule r", TargetRule.class).getSingleResult();
    }

    @Override
    public Map<Long, Map<TargetIndicator, BigDecimal>> reached(Scope scope, LocalDate from, LocalDate to) {
        Map<Long, Map<TargetIndicator, BigDecimal>> reached = new HashMap<>();
        for (Object[] row : ScopeSql.rows(entityManager, """
                select p.zone_id, m.stage, count(*), sum(p.total_investment)
                from stage_move m join project p on p.id = m.project_id join zone z on z.id = p.zone_id
                where m.moved_on >= ?1 and m.moved_on <= ?2 and m.stage in ('SIGNED', 'STARTED', 'PRODUCING')%s
                group by p.zone_id, m.stage""", scope, from, to)) {
            Map<TargetIndicator, BigDecimal> zone = zone(reached, row[0]);
            switch ((String) row[1]) {
                case "SIGNED" -> {
                    zone.put(TargetIndicator.SIGNED_PROJECTS, number(row[2]));
                    zone.put(TargetIndicator.SIGNED_INVESTMENT, number(row[3]));
                }
                case "STARTED" -> zone.put(TargetIndicator.STARTED_PROJECTS, number(row[2]));
                default -> zone.put(TargetIndicator.PRODUCING_PROJECTS, number(row[2]));
            }
        }
        for (Object[] row : ScopeSql.rows(entityManager, """
                select p.zone_id, sum(i.completed), sum(case when p.industrial then i.completed else 0 end)
                from monthly_investment i join project p on p.id = i.project_id join zone z on z.id = p.zone_id
                where i.month_start >= ?1 and i.month_start <= ?2%s
                group by p.zone_id""", scope, from.withDayOfMonth(1), to.withDayOfMonth(1))) {
            Map<TargetIndicator, BigDecimal> zone = zone(reached, row[0]);
            zone.put(TargetIndicator.COMPLETED_INVESTMENT, number(row[1]));
            zone.put(TargetIndicator.INDUSTRIAL_INVESTMENT, number(row[2]));
        }
        return reached;
    }

    private static Map<TargetIndicator, BigDecimal> zone(Map<Long, Map<TargetIndicator, BigDecimal>> reached,
            Object zoneId) {
        return reached.computeIfAbsent(((Number) zoneId).longValue(), id -> new EnumMap<>(TargetIndicator.class));
    }

    private static BigDecimal number(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
