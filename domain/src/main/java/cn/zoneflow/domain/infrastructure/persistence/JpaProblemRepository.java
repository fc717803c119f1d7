package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Problems and their categories by JPA. */
@ApplicationScoped
public class JpaProblemRepository implements ProblemRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaProblemRepository() {
    }

    JpaProblemRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ProjectProblem problem) {
        entityManager.persist(problem);
    }

    @Override
    public Optional<ProjectProblem> find(long id) {
        return Optional.ofNullable(entityManager.find(ProjectProblem.class, id));
    }

    @Override
    public List<ProjectProblem> ofProject(long projectId) {
        return entityManager.createQuery("""
                        select p from ProjectProblem p where p.project.id = :project
                        order by case when p.status = :solved then 1 else 0 end, p.raisedOn desc, p.id desc""",
                        ProjectProblem.class)
                .setParameter("project", projectId)
                .setParameter("solved", ProblemStatus.SOLVED)
                .getResultList();
    }

    @Override
    public List<ProblemCategory> categories() {
        return entityManager.createQuery("select c from ProblemCategory c order by c.sortOrder, c.code",
                ProblemCategory.class).getResultList();
    }

    @Override
    public Optional<ProblemCategory> category(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entityManager.find(ProblemCategory.class, code));
    }
}
