package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.task.OpenTaskCriteria;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.domain.model.task.TaskSort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Open tasks by JPQL. A read asks for one assignee, or for the unclaimed tasks of some groups, so that the
 * database walks one index range in the order asked for and stops at the page's end; every column of an order
 * goes the same direction, which the index can be read in either way.
 */
@ApplicationScoped
public class JpaOpenTaskRepository implements OpenTaskRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaOpenTaskRepository() {
    }

    JpaOpenTaskRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<OpenTask> find(String taskId) {
        return Optional.ofNullable(entityManager.find(OpenTask.class, taskId));
    }

    @Override
    public List<OpenTask> findAll(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select t from OpenTask t join fetch t.project where t.taskId in :ids",
                OpenTask.class)
                .setParameter("ids", taskIds)
                .getResultList();
    }

    @Override
    public List<OpenTask> list(OpenTaskCriteria criteria, TaskSort sort, boolean descending, int max) {
        Where where = new Where(criteria);
        if (where.matchesNothing) {
            return List.of();
        }
        TypedQuery<OpenTask> query = entityManager.createQuery("select t from OpenTask t join fetch t.project p"
                + where.clause + " order by " + orderBy(sort, descending), OpenTask.class);
        where.parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public long count(OpenTaskCriteria criteria) {
        Where where = new Where(criteria);
        if (where.matchesNothing) {
            return 0;
        }
        // joined only when a condition needs the project: the join makes the database count row by row
        TypedQuery<Long> query = entityManager.createQuery("select count(t) from OpenTask t"
                + (where.needsProject ? " join t.project p" : "") + where.clause, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public Set<String> taskTypes(OpenTaskCriteria criteria) {
        Where where = new Where(criteria);
        if (where.matchesNothing) {
            return Set.of();
        }
        TypedQuery<String> query = entityManager.createQuery("select distinct t.taskType from OpenTask t"
                + (where.needsProject ? " join t.project p" : "") + where.clause, String.class);
        where.parameters.forEach(query::setParameter);
        return Set.copyOf(query.getResultList());
    }

    @Override
    public long countWithoutDeadline(Collection<String> taskTypes, Collection<Long> zoneIds) {
        if (taskTypes.isEmpty() || zoneIds != null && zoneIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = entityManager.createQuery("select count(t) from OpenTask t join t.project p"
                + " where t.dueOn is null and t.taskType in :types and p.stage <> :reserve"
                + (zoneIds == null ? "" : " and p.zone.id in :zones"), Long.class)
                .setParameter("types", List.copyOf(taskTypes))
                .setParameter("reserve", Stage.RESERVE);
        if (zoneIds != null) {
            query.setParameter("zones", List.copyOf(zoneIds));
        }
        return query.getSingleResult();
    }

    @Override
    public List<OpenTask> heldAndNearDue(LocalDate today, int max) {
        return entityManager.createQuery("select t from OpenTask t join fetch t.project where t.assignee is not null"
                        + " and t.nearFrom <= :today and t.dueOn >= :today order by t.dueOn, t.createdAt",
                        OpenTask.class)
                .setParameter("today", today)
                .setMaxResults(max)
                .getResultList();
    }

    private static String orderBy(TaskSort sort, boolean descending) {
        String direction = descending ? " desc" : " asc";
        return "t.attention, " + switch (sort) {
            case DUE -> "t.dueOn" + direction + ", t.createdAt";
            case CREATED -> "t.createdAt";
            case ASSIGNEE -> "t.assignee" + direction + ", t.createdAt";
        } + direction + ", t.taskId" + direction;
    }

    @Override
    public void add(OpenTask task) {
        entityManager.persist(task);
    }

    @Override
    public void remove(String taskId) {
        find(taskId).ifPresent(entityManager::remove);
    }

    @Override
    public long countAll() {
        return entityManager.createQuery("select count(t) from OpenTask t", Long.class).getSingleResult();
    }

    @Override
    public void removeAll() {
        entityManager.createQuery("delete from OpenTask t").executeUpdate();
    }

    /** The where clause of a criteria and the parameters it names. */
    private static final class Where {

        private final String clause;
        private final Map<String, Object> parameters = new HashMap<>();
        /** No zone to look in: SQL has no empty IN list. */
        private final boolean matchesNothing;
        private final boolean needsProject;

        Where(OpenTaskCriteria criteria) {
            List<String> conditions = new ArrayList<>();
            if (criteria.assignee() != null) {
                conditions.add("t.assignee = :assignee");
                parameters.put("assignee", criteria.assignee());
            } else {
                conditions.add("t.assignee is null and t.candidateGroup in :groups");
                parameters.put("groups", criteria.candidateGroups());
            }
            if (criteria.projectCode() != null) {
                conditions.add("p.code = :code");
                parameters.put("code", criteria.projectCode());
            }
            if (criteria.taskType() != null) {
                conditions.add("t.taskType = :taskType");
                parameters.put("taskType", criteria.taskType());
            }
            if (criteria.needingAttentionOnly()) {
                conditions.add("t.attention = :attention");
                parameters.put("attention", OpenTask.NEEDS_ATTENTION);
            }
            if (criteria.zoneIds() != null) {
                conditions.add("p.zone.id in :zones");
                parameters.put("zones", criteria.zoneIds());
            }
            if (criteria.keyword() != null) {
                conditions.add(ProjectKeyword.JPQL_CONDITION);
                parameters.put(ProjectKeyword.PARAMETER, criteria.keyword().containedPattern());
            }
            needsProject = criteria.projectCode() != null || criteria.zoneIds() != null || criteria.keyword() != null;
            matchesNothing = criteria.zoneIds() != null && criteria.zoneIds().isEmpty()
                    || criteria.candidateGroups() != null && criteria.candidateGroups().isEmpty();
            if (criteria.dueState() != null) {
                conditions.add(switch (criteria.dueState()) {
                    case OVERDUE -> "t.dueOn < :today";
                    case NEAR -> "t.nearFrom <= :today and (t.dueOn is null or t.dueOn >= :today)";
                    case NORMAL -> "(t.nearFrom is null or t.nearFrom > :today)"
                            + " and (t.dueOn is null or t.dueOn >= :today)";
                });
                parameters.put("today", criteria.today());
            }
            clause = " where " + String.join(" and ", conditions);
        }
    }
}
