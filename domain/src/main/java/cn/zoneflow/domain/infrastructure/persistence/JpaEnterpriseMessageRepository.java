package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.message.EnterpriseMessageKind;
import cn.zoneflow.domain.model.message.EnterpriseMessageRepository;
import cn.zoneflow.domain.model.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Enterprise messages by JPQL, each list narrowed to one enterprise (the index's first column). */
@ApplicationScoped
public class JpaEnterpriseMessageRepository implements EnterpriseMessageRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaEnterpriseMessageRepository() {
    }

    JpaEnterpriseMessageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(EnterpriseMessage message) {
        entityManager.persist(message);
    }

    @Override
    public boolean told(long enterpriseId, EnterpriseMessageKind kind, String about) {
        return !entityManager.createQuery("select m.id from EnterpriseMessage m where m.enterprise.id = :enterprise"
                        + " and m.kind = :kind and m.about = :about", Long.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("kind", kind)
                .setParameter("about", about)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Page<EnterpriseMessage> of(long enterpriseId, int page, int size) {
        List<EnterpriseMessage> items = entityManager.createQuery("select m from EnterpriseMessage m"
                        + " join fetch m.project where m.enterprise.id = :enterprise"
                        + " order by m.createdAt desc, m.id desc", EnterpriseMessage.class)
                .setParameter("enterprise", enterpriseId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, countAfter(enterpriseId, null), page, size);
    }

    @Override
    public long countAfter(long enterpriseId, LocalDateTime after) {
        if (after == null) {
            return entityManager.createQuery("select count(m) from EnterpriseMessage m"
                            + " where m.enterprise.id = :enterprise", Long.class)
                    .setParameter("enterprise", enterpriseId)
                    .getSingleResult();
        }
        return entityManager.createQuery("select count(m) from EnterpriseMessage m"
                        + " where m.enterprise.id = :enterprise and m.createdAt > :after", Long.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("after", after)
                .getSingleResult();
    }

    @Override
    public Optional<EnterpriseMessage> lockUnmailed(long id) {
        return Optional.ofNullable(entityManager.find(EnterpriseMessage.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(message -> !message.isMailed());
    }

    @Override
    public List<Long> unmailedAfter(LocalDateTime after, int max) {
        return entityManager.createQuery("select m.id from EnterpriseMessage m where m.mailedAt is null"
                        + " and m.createdAt > :after order by m.createdAt, m.id", Long.class)
                .setParameter("after", after)
                .setMaxResults(max)
                .getResultList();
    }
}
