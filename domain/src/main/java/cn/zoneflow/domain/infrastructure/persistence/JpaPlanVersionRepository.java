package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.plan.YearPlan;
import cn.zoneflow.domain.model.shared.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Plan versions by JPA; the sweep reads the current year's months as plain values. */
@ApplicationScoped
public class JpaPlanVersionRepository implements PlanVersionRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaPlanVersionRepository() {
    }

    JpaPlanVersionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<PlanVersion> of(long projectId) {
        return entityManager.createQuery("select v from PlanVersion v where v.projectId = :project"
                        + " order by v.number", PlanVersion.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public Optional<PlanVersion> find(long versionId) {
        return Optional.ofNullable(entityManager.find(PlanVersion.class, versionId));
    }

    @Override
    public void add(PlanVersion version) {
        entityManager.persist(version);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public Map<Long, YearPlan> currentYearPlans(Year year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select v.project_id, m.month_start, m.amount from plan_version v
                join plan_month m on m.plan_version_id = v.id
                where v.current_plan = ?1 and m.month_start >= ?2 and m.month_start < ?3""")
                .setParameter(1, true)
                .setParameter(2, year.atDay(1))
                .setParameter(3, year.plusYears(1).atDay(1))
                .getResultList();
        Map<Long, Map<YearMonth, Amount>> months = new HashMap<>();
        rows.forEach(row -> months.computeIfAbsent(((Number) row[0]).longValue(), project -> new TreeMap<>())
                .put(YearMonth.from(day(row[1])), Amount.ofWan(new BigDecimal(row[2].toString()))));
        Map<Long, YearPlan> plans = new HashMap<>();
        months.forEach((project, planned) -> plans.put(project, YearPlan.of(planned).get(0)));
        return plans;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
