package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.assessment.AssessmentPeriod;
import cn.zoneflow.domain.model.assessment.AssessmentRepository;
import cn.zoneflow.domain.model.assessment.AssessmentResult;
import cn.zoneflow.domain.model.assessment.AssessmentWeight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Assessment weights and kept results by JPA. */
@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaAssessmentRepository() {
    }

    JpaAssessmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AssessmentWeight> weights() {
        return entityManager.createQuery("select w from AssessmentWeight w", AssessmentWeight.class).getResultList();
    }

    @Override
    public List<AssessmentResult> resultsOf(AssessmentPeriod period) {
        return entityManager.createQuery("select r from AssessmentResult r where r.period = :period"
                        + " order by r.category, r.rank, r.zone", AssessmentResult.class)
                .setParameter("period", period.toString())
                .getResultList();
    }

    @Override
    public void add(AssessmentResult result) {
        entityManager.persist(result);
    }
}
