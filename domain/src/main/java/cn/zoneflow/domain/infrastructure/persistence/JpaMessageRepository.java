package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.message.Message;
import cn.zoneflow.domain.model.message.MessageKind;
import cn.zoneflow.domain.model.message.MessageRepository;
import cn.zoneflow.domain.model.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Messages by JPQL, each read narrowed to one recipient (the index's first column). */
@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaMessageRepository() {
    }

    JpaMessageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(Message message) {
        entityManager.persist(message);
    }

    @Override
    public boolean told(String recipient, MessageKind kind, String taskId) {
        return !entityManager.createQuery("select m.id from Message m where m.recipient = :recipient"
                        + " and m.kind = :kind and m.taskId = :task", Long.class)
                .setParameter("recipient", recipient)
                .setParameter("kind", kind)
                .setParameter("task", taskId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public long unreadCount(String recipient) {
        return entityManager.createQuery("select count(m) from Message m where m.recipient = :recipient"
                        + " and m.readAt is null", Long.class)
                .setParameter("recipient", recipient)
                .getSingleResult();
    }

    @Override
    public Page<Message> of(String recipient, int page, int size) {
        List<Message> items = entityManager.createQuery("select m from Message m join fetch m.project"
                        + " where m.recipient = :recipient order by m.createdAt desc, m.id desc", Message.class)
                .setParameter("recipient", recipient)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = entityManager.createQuery("select count(m) from Message m where m.recipient = :recipient",
                        Long.class)
                .setParameter("recipient", recipient)
                .getSingleResult();
        return new Page<>(items, total, page, size);
    }

    @Override
    public Optional<Message> find(String recipient, long id) {
        return Optional.ofNullable(entityManager.find(Message.class, id))
                .filter(message -> message.recipient().equals(recipient));
    }

    @Override
    public int readAll(String recipient, LocalDateTime at) {
        return entityManager.createQuery("update Message m set m.readAt = :at where m.recipient = :recipient"
                        + " and m.readAt is null")
                .setParameter("at", at)
                .setParameter("recipient", recipient)
                .executeUpdate();
    }
}
