package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.enterprise.EnterpriseInvitation;
import cn.zoneflow.domain.model.enterprise.InvitationCode;
import cn.zoneflow.domain.model.enterprise.InvitationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaInvitationRepository() {
    }

    JpaInvitationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(EnterpriseInvitation invitation) {
        entityManager.persist(invitation);
    }

    @Override
    public Optional<EnterpriseInvitation> find(long id) {
        return Optional.ofNullable(entityManager.find(EnterpriseInvitation.class, id));
    }

    @Override
    public Optional<EnterpriseInvitation> findByCode(InvitationCode code) {
        return entityManager.createQuery("select i from EnterpriseInvitation i where i.codeHash = :hash",
                        EnterpriseInvitation.class)
                .setParameter("hash", code.hash())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EnterpriseInvitation> ofProject(long projectId) {
        return entityManager.createQuery("select i from EnterpriseInvitation i where i.project.id = :project"
                        + " order by i.issuedAt desc, i.id desc", EnterpriseInvitation.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
