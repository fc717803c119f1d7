package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.StageMoveRequest;
import cn.zoneflow.domain.model.project.StageMoveRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stage-move request rounds by JPA. */
@ApplicationScoped
public class JpaStageMoveRequestRepository implements StageMoveRequestRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaStageMoveRequestRepository() {
    }

    JpaStageMoveRequestRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(StageMoveRequest request) {
        entityManager.persist(request);
    }

    @Override
    public Optional<StageMoveRequest> openOf(long projectId) {
        return entityManager.createQuery("""
                select r from StageMoveRequest r where r.projectId = :project and r.status = :open
                order by r.id desc""", StageMoveRequest.class)
                .setParameter("project", projectId)
                .setParameter("open", StageMoveRequest.Status.OPEN)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<StageMoveRequest> roundsOf(long projectId) {
        return entityManager.createQuery("""
                select r from StageMoveRequest r where r.projectId = :project
                order by coalesce(r.requestedAt, r.zoneDecidedAt), r.id""",
                StageMoveRequest.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
