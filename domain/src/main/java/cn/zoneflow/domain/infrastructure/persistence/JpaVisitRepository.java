package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import cn.zoneflow.domain.model.visit.LeaderWork;
import cn.zoneflow.domain.model.visit.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
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
    public Map<Long, Long> countsByZone(Scope scope, LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new HashMap<>();
        ScopeSql.rows(entityManager, """
                select p.zone_id, count(*) from enterprise_visit v join project p on p.id = v.project_id
                join zone z on z.id = p.zone_id
                where v.visited_on >= ?1 and v.visited_on <= ?2%s group by p.zone_id""", scope, from, to)
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<LeaderWork> leaderWork(Scope scope, LocalDate from, LocalDate to) {
        Map<Long, Long> led = byFirstColumn(ScopeSql.rows(entityManager, """
                select p.leader_account_id, count(*) from project p join zone z on z.id = p.zone_id
                where p.leader_account_id is not null%s group by p.leader_account_id""", scope));
        if (led.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> visits = byFirstColumn(ScopeSql.rows(entityManager, """
                select v.leader_account_id, count(*) from enterprise_visit v join project p on p.id = v.project_id
                join zone z on z.id = p.zone_id
                where v.leader_account_id is not null and v.visited_on >= ?1 and v.visited_on <= ?2%s
                group by v.leader_account_id""", scope, from, to));
        Map<String, Long> raised = new HashMap<>();
        ScopeSql.rows(entityManager, """
                select pp.raised_by, count(*) from project_problem pp join project p on p.id = pp.project_id
                join zone z on z.id = p.zone_id
                where pp.raiser_role = 'LEADER' and pp.raised_on >= ?1 and pp.raised_on <= ?2%s
                group by pp.raised_by""", scope, from, to)
                .forEach(row -> raised.put((String) row[0], ((Number) row[1]).longValue()));
        return entityManager.createQuery("select u from UserAccount u where u.id in :ids", UserAccount.class)
                .setParameter("ids", led.keySet())
                .getResultStream()
                .map(leader -> new LeaderWork(leader.username(), leader.displayName(), led.get(leader.id()),
                        visits.getOrDefault(leader.id(), 0L), raised.getOrDefault(leader.username(), 0L)))
                .sorted(Comparator.comparing(LeaderWork::name))
                .toList();
    }

    private static Map<Long, Long> byFirstColumn(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
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
