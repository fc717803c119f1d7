package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityEntry;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.activity.ActivitySummary;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.activity.BatchFigures;
import cn.zoneflow.domain.model.activity.CityFigures;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Activities by JPA; their summaries by SQL grouping, never by loading the projects. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    /** 1亿, 5亿 and 10亿 in 万元: the bucket bounds of the bulletins. */
    private static final String FIGURES = """
            select c.division_code, c.name, e.batch, count(*),
                   sum(p.total_investment), sum(p.expected_annual_output),
                   sum(case when p.strategic_emerging then 1 else 0 end),
                   sum(case when p.strategic_emerging then p.total_investment else 0 end),
                   sum(case when p.total_investment >= 10000 and p.total_investment < 50000 then 1 else 0 end),
                   sum(case when p.total_investment >= 50000 and p.total_investment < 100000 then 1 else 0 end),
                   sum(case when p.total_investment >= 100000 then 1 else 0 end)
            from activity_entry e
            join project p on p.id = e.project_id
            join zone z on z.id = p.zone_id
            join city c on c.division_code = z.city_code
            where e.activity_id = ?1 %s
            group by c.division_code, c.name, e.batch
            order by c.division_code, e.batch
            """;
    private static final String INDUSTRIES = """
            select distinct c.division_code, e.batch, i.name
            from activity_entry e
            join project p on p.id = e.project_id
            join zone z on z.id = p.zone_id
            join city c on c.division_code = z.city_code
            join industry i on i.code = p.industry_code
            where e.activity_id = ?1 %s
            """;

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaActivityRepository() {
    }

    JpaActivityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Activity> find(long id) {
        return Optional.ofNullable(entityManager.find(Activity.class, id));
    }

    @Override
    public Optional<Activity> findByName(String name) {
        return entityManager.createQuery("select a from Activity a where a.name = :name", Activity.class)
                .setParameter("name", name.strip())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Activity> list() {
        return entityManager.createQuery("select a from Activity a order by a.heldOn desc, a.id desc", Activity.class)
                .getResultList();
    }

    @Override
    public List<Activity> heldBetween(LocalDate from, LocalDate to) {
        return entityManager.createQuery("select a from Activity a where a.heldOn >= :from and a.heldOn <= :to"
                + " order by a.heldOn, a.id", Activity.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(Activity activity) {
        entityManager.persist(activity);
    }

    @Override
    public List<ActivityEntry> entriesOf(long projectId) {
        return entityManager.createQuery("select e from ActivityEntry e where e.project.id = :project"
                + " order by e.activity.heldOn", ActivityEntry.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public ActivitySummary summary(long activityId, Scope scope) {
        Map<String, Set<String>> industries = new HashMap<>();
        for (Object[] row : rows(INDUSTRIES, activityId, scope)) {
            industries.computeIfAbsent(row[0] + "/" + row[1], key -> new HashSet<>()).add((String) row[2]);
        }
        Map<String, CityFigures> cities = new LinkedHashMap<>();
        for (Object[] row : rows(FIGURES, activityId, scope)) {
            String cityCode = ((String) row[0]).strip();
            Batch batch = Batch.valueOf((String) row[2]);
            BatchFigures figures = new BatchFigures(batch, SqlValues.count(row[3]), SqlValues.amount(row[4]), SqlValues.amount(row[5]),
                    SqlValues.count(row[6]), SqlValues.amount(row[7]), SqlValues.count(row[8]), SqlValues.count(row[9]), SqlValues.count(row[10]),
                    industries.getOrDefault(row[0] + "/" + row[2], Set.of()));
            cities.computeIfAbsent(cityCode, code -> new CityFigures(code, (String) row[1], new ArrayList<>()))
                    .batches().add(figures);
        }
        return new ActivitySummary(cities.values().stream().map(JpaActivityRepository::withEveryBatch).toList());
    }

    /** A city that presented nothing in a batch still shows the batch, with zeros, as the bulletins do. */
    private static CityFigures withEveryBatch(CityFigures city) {
        List<BatchFigures> batches = new ArrayList<>();
        for (Batch batch : Batch.values()) {
            batches.add(city.batches().stream().filter(figures -> figures.batch() == batch).findFirst()
                    .orElse(BatchFigures.empty(batch)));
        }
        return new CityFigures(city.cityCode(), city.cityName(), batches);
    }

    private List<Object[]> rows(String sql, long activityId, Scope scope) {
        return ScopeSql.rows(entityManager, sql, scope, activityId);
    }
}
