package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.FactsCorrection;
import cn.zoneflow.domain.model.project.FactsCorrectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Corrections of project facts by JPQL. */
@ApplicationScoped
public class JpaFactsCorrectionRepository implements FactsCorrectionRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaFactsCorrectionRepository() {
    }

    JpaFactsCorrectionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(FactsCorrection correction) {
        entityManager.persist(correction);
    }

    @Override
    public List<FactsCorrection> of(long projectId) {
        return entityManager.createQuery("select c from FactsCorrection c where c.projectId = :project"
                        + " order by c.correctedAt desc, c.id desc", FactsCorrection.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
