package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.evaluation.EvaluationRepository;
import cn.zoneflow.domain.model.evaluation.OutputEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** 达效 evaluations by JPA. */
@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaEvaluationRepository() {
    }

    JpaEvaluationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<OutputEvaluation> evaluationsOf(long projectId) {
        return entityManager.createQuery("""
                select e from OutputEvaluation e where e.project.id = :project
                order by e.evaluatedOn desc, e.id desc""", OutputEvaluation.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public void add(OutputEvaluation evaluation) {
        entityManager.persist(evaluation);
    }
}
