package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    @Override
    public Optional<Project> find(long id) {
        return Optional.ofNullable(entityManager.find(Project.class, id));
    }

    @Override
    public Optional<Project> findByCode(ProjectCode code) {
        return entityManager.createQuery("select p from Project p where p.code = :code", Project.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(entityManager.find(Industry.class, code));
    }

    @Override
    public List<Industry> industries() {
        return entityManager.createQuery("select i from Industry i order by i.code", Industry.class).getResultList();
    }

    @Override
    public void add(Project project) {
        entityManager.persist(project);
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(p) from Project p", Long.class).getSingleResult();
    }
}
