package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEnterpriseRepository implements EnterpriseRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaEnterpriseRepository() {
    }

    JpaEnterpriseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Enterprise> findByCreditCode(CreditCode creditCode) {
        return entityManager.createQuery("select e from Enterprise e where e.creditCode = :code", Enterprise.class)
                .setParameter("code", creditCode)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Enterprise> findByCreditCodes(Collection<CreditCode> creditCodes) {
        return InChunks.find(entityManager, "select e from Enterprise e where e.creditCode in :keys", Enterprise.class,
                creditCodes);
    }

    @Override
    public void add(Enterprise enterprise) {
        entityManager.persist(enterprise);
    }
}
