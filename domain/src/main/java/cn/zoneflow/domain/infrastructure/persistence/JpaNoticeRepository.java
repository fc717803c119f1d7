package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.supervision.NoticeRepository;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Supervision notices by JPA, narrowed to a scope in the query. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaNoticeRepository() {
    }

    JpaNoticeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<SupervisionNotice> find(long id) {
        return Optional.ofNullable(entityManager.find(SupervisionNotice.class, id));
    }

    @Override
    public List<SupervisionNotice> within(Scope scope, int limit) {
        String where = ScopeSql.jpqlWhere(scope, "n.project.zone");
        // OPEN sorts after ANSWERED, so descending by status lists the open notices first
        TypedQuery<SupervisionNotice> query = entityManager.createQuery("select n from SupervisionNotice n"
                + " join fetch n.project" + where + " order by n.status desc, n.issuedOn desc, n.id desc",
                SupervisionNotice.class);
        return ScopeSql.bindPlace(query, scope).setMaxResults(limit).getResultList();
    }

    @Override
    public Map<String, LocalDate> noticedOn(Set<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select n.taskId, max(n.issuedOn) from SupervisionNotice n"
                        + " where n.taskId in :tasks group by n.taskId", Object[].class)
                .setParameter("tasks", List.copyOf(taskIds))
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (LocalDate) row[1]));
    }

    @Override
    public void add(SupervisionNotice notice) {
        entityManager.persist(notice);
    }
}
