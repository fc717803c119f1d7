package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.InvestmentRule;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import cn.zoneflow.domain.model.warning.WarningChange;
import cn.zoneflow.domain.model.warning.WarningKind;
import cn.zoneflow.domain.model.warning.WarningRepository;
import cn.zoneflow.domain.model.warning.WarningRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Warnings by JPA; the pipeline is read as plain values, so that judging every project loads no entity. */
@ApplicationScoped
public class JpaWarningRepository implements WarningRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaWarningRepository() {
    }

    JpaWarningRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<WarningRule> rules() {
        return entityManager.createQuery("select r from WarningRule r", WarningRule.class).getResultList();
    }

    @Override
    public InvestmentRule investmentRule() {
        return entityManager.createQuery("select r from InvestmentRule r", InvestmentRule.class).getSingleResult();
    }

    @Override
    public List<Planned> pipeline() {
        return entityManager.createQuery("""
                select p.id, p.stage, p.plannedStartDate, p.plannedProductionDate, p.plannedEffectiveDate
                from Project p where p.stage in :stages""", Object[].class)
                .setParameter("stages", List.of(Stage.SIGNED, Stage.STARTED, Stage.PRODUCING))
                .getResultList().stream()
                .map(row -> {
                    Map<WarningKind, LocalDate> dates = new EnumMap<>(WarningKind.class);
                    putIfPlanned(dates, WarningKind.START, row[2]);
                    putIfPlanned(dates, WarningKind.PRODUCTION, row[3]);
                    putIfPlanned(dates, WarningKind.EFFECTIVE, row[4]);
                    return new Planned((Long) row[0], (Stage) row[1], dates);
                })
                .toList();
    }

    private static void putIfPlanned(Map<WarningKind, LocalDate> dates, WarningKind kind, Object date) {
        if (date != null) {
            dates.put(kind, (LocalDate) date);
        }
    }

    @Override
    public Map<Long, Amount> completedBefore(YearMonth month) {
        Map<Long, Amount> completed = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select project_id, sum(completed) from monthly_investment
                where month_start >= ?1 and month_start < ?2 group by project_id""")
                .setParameter(1, month.withMonth(1).atDay(1))
                .setParameter(2, month.atDay(1))
                .getResultList();
        rows.forEach(row -> completed.put(((Number) row[0]).longValue(),
                Amount.ofWan(new BigDecimal(row[1].toString()))));
        return completed;
    }

    @Override
    public void writeAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    @Override
    public List<Long> warnedProjects() {
        return entityManager.createQuery("select distinct w.project.id from ProjectWarning w", Long.class)
                .getResultList();
    }

    @Override
    public Map<Long, List<ProjectWarning>> standing(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        // the project's id read beside each warning: asking the warning for it would load every project
        TypedQuery<Object[]> query = entityManager.createQuery("select w, w.project.id from ProjectWarning w"
                + " where w.project.id in :ids", Object[].class);
        query.setParameter("ids", projectIds);
        return query.getResultList().stream().collect(Collectors.groupingBy(row -> (Long) row[1],
                Collectors.mapping(row -> (ProjectWarning) row[0], Collectors.toList())));
    }

    @Override
    public Map<Long, Light> worstOf(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Light> worst = new HashMap<>();
        entityManager.createQuery("select w.project.id, w.light from ProjectWarning w where w.project.id in :ids",
                        Object[].class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(row -> worst.merge((Long) row[0], (Light) row[1],
                        (one, other) -> one.isWorseThan(other) ? one : other));
        return worst;
    }

    @Override
    public long count(Scope scope, Light light) {
        return narrowed("select count(w) from ProjectWarning w", "", scope, light, null, Long.class)
                .getSingleResult();
    }

    @Override
    public Page<ProjectWarning> within(Scope scope, Light light, WarningKind kind, int page, int size) {
        long total = narrowed("select count(w) from ProjectWarning w", "", scope, light, kind, Long.class)
                .getSingleResult();
        List<ProjectWarning> items = narrowed("select w from ProjectWarning w join fetch w.project",
                " order by case when w.light = cn.zoneflow.domain.model.warning.Light.RED then 0 else 1 end,"
                        + " w.since asc, w.id asc", scope, light, kind, ProjectWarning.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, total, page, size);
    }

    /** The query narrowed to the scope and, when given, to one light and one kind. */
    private <T> TypedQuery<T> narrowed(String select, String order, Scope scope, Light light, WarningKind kind,
            Class<T> type) {
        String where = ScopeSql.jpqlWhere(scope, "w.project.zone");
        String also = (light == null ? "" : " and w.light = :light") + (kind == null ? "" : " and w.kind = :kind");
        if (!also.isEmpty()) {
            where = where.isEmpty() ? " where" + also.substring(4) : where + also;
        }
        TypedQuery<T> query = ScopeSql.bindPlace(entityManager.createQuery(select + where + order, type), scope);
        if (light != null) {
            query.setParameter("light", light);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query;
    }

    @Override
    public List<WarningChange> historyOf(long projectId) {
        return entityManager.createQuery("select c from WarningChange c where c.projectId = :project"
                        + " order by c.changedOn desc, c.id desc", WarningChange.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public void add(ProjectWarning warning) {
        entityManager.persist(warning);
    }

    @Override
    public void remove(ProjectWarning warning) {
        entityManager.remove(warning);
    }

    @Override
    public void add(WarningChange change) {
        entityManager.persist(change);
    }
}
