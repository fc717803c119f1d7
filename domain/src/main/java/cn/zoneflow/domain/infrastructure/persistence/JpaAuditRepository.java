package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.audit.AuditChainHead;
import cn.zoneflow.domain.model.audit.AuditEntry;
import cn.zoneflow.domain.model.audit.AuditFilter;
import cn.zoneflow.domain.model.audit.AuditRepository;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The audit trail by JPA; it offers no update and no delete. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaAuditRepository() {
    }

    JpaAuditRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public AuditChainHead lockedHead() {
        return entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AuditChainHead head() {
        return entityManager.find(AuditChainHead.class, AuditChainHead.ID);
    }

    @Override
    public void add(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
        Page.check(page, size);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(criteria(cb, counted, filter));
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(entry).where(criteria(cb, entry, filter)).orderBy(cb.desc(entry.get("sequenceNumber")));
        List<AuditEntry> items = entityManager.createQuery(select).setFirstResult(page * size).setMaxResults(size)
                .getResultList();
        return new Page<>(items, entityManager.createQuery(count).getSingleResult(), page, size);
    }

    private static Predicate[] criteria(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> criteria = new ArrayList<>();
        if (filter.actor() != null) {
            criteria.add(cb.equal(entry.get("actor"), filter.actor()));
        }
        if (filter.action() != null) {
            criteria.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.result() != null) {
            criteria.add(cb.equal(entry.get("result"), filter.result()));
        }
        if (filter.objectId() != null) {
            criteria.add(cb.equal(entry.get("objectId"), filter.objectId()));
        }
        if (filter.from() != null) {
            criteria.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            criteria.add(cb.lessThan(entry.get("occurredAt"), filter.to()));
        }
        if (filter.keyword() != null) {
            String pattern = filter.keyword().containedPattern();
            criteria.add(cb.or(cb.like(cb.lower(entry.get("actor")), pattern, Keyword.ESCAPE),
                    cb.like(cb.lower(entry.get("objectId")), pattern, Keyword.ESCAPE),
                    cb.like(cb.lower(entry.get("detail")), pattern, Keyword.ESCAPE)));
        }
        return criteria.toArray(Predicate[]::new);
    }

    @Override
    public void forEachInOrder(long upTo, Consumer<AuditEntry> visitor) {
        long after = 0;
        List<AuditEntry> batch;
        do {
            batch = entityManager.createQuery("select e from AuditEntry e where e.sequenceNumber > :after"
                    + " and e.sequenceNumber <= :upTo order by e.sequenceNumber", AuditEntry.class)
                    .setParameter("after", after)
                    .setParameter("upTo", upTo)
                    .setMaxResults(BATCH)
                    .getResultList();
            batch.forEach(visitor);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).sequenceNumber();
            }
            entityManager.clear();
        } while (batch.size() == BATCH);
    }
}
