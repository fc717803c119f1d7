package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.material.EnterpriseMaterialRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEnterpriseMaterialRepository implements EnterpriseMaterialRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaEnterpriseMaterialRepository() {
    }

    JpaEnterpriseMaterialRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(EnterpriseMaterial material) {
        entityManager.persist(material);
    }

    @Override
    public Optional<EnterpriseMaterial> find(long id) {
        return Optional.ofNullable(entityManager.find(EnterpriseMaterial.class, id));
    }

    @Override
    public List<EnterpriseMaterial> ofProject(long projectId) {
        return entityManager.createQuery("select m from EnterpriseMaterial m where m.project.id = :project"
                        + " order by m.submittedAt desc, m.id desc", EnterpriseMaterial.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
