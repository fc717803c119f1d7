package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import cn.zoneflow.domain.model.visit.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 入企服务 visits by JPA. */
@ApplicationScoped
public class JpaVisitRepository implements VisitRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaVisitRepository() {
    }

    JpaVisitRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(EnterpriseVisit visit) {
        entityManager.persist(visit);
    }

    @Override
    public List<EnterpriseVisit> ofProject(long projectId) {
        return entityManager.createQuery("""
                        select v from EnterpriseVisit v where v.project.id = :project
                        order by v.visitedOn desc, v.id desc""", EnterpriseVisit.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public Map<Long, LocalDate> lastVisitOf(Collection<Long> projectIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (projectIds.isEmpty()) {
            return last;
        }
        entityManager.createQuery("""
                        select v.project.id, max(v.visitedOn) from EnterpriseVisit v
                        where v.project.id in :projects group by v.project.id""", Object[].class)
                .setParameter("projects", projectIds)
                .getResultList()
                .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        return last;
    }
}
