package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.problem.OpenProblems;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemCounts;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.problem.ProblemSelection;
import cn.zoneflow.domain.model.problem.ProblemState;
import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public Optional<ProjectProblem> carriedBy(String caseId) {
        return entityManager.createQuery("select p from ProjectProblem p where p.caseId = :caseId",
                ProjectProblem.class).setParameter("caseId", caseId).getResultStream().findFirst();
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
    public Map<Long, Map<String, ProblemCounts>> figures(Scope scope, LocalDate from, LocalDate to, LocalDate today) {
        Map<Long, Map<String, ProblemCounts>> figures = new HashMap<>();
        for (Object[] row : ScopeSql.rows(entityManager, """
                select p.zone_id, p.category_code, count(*),
                    sum(case when p.status = 'SOLVED' and p.solved_on <= ?2 then 1 else 0 end),
                    sum(case when p.status <> 'SOLVED' and p.deadline < ?3 then 1 else 0 end),
                    sum(case when p.status = 'SOLVED' and p.solved_on <= ?2 and p.solving_days is not null
                        then p.solving_days else 0 end),
                    sum(case when p.status = 'SOLVED' and p.solved_on <= ?2 and p.solving_days is not null
                        then 1 else 0 end)
                from project_problem p join zone z on z.id = p.zone_id
                where p.raised_on >= ?1 and p.raised_on <= ?2%s
                group by p.zone_id, p.category_code""", scope, from, to, today)) {
            figures.computeIfAbsent(number(row[0]), zone -> new HashMap<>()).put((String) row[1],
                    new ProblemCounts(number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                            number(row[6])));
        }
        return figures;
    }

    @Override
    public List<ProjectProblem> ledger(Scope scope, LocalDate from, LocalDate to) {
        return ScopeSql.bindPlace(entityManager.createQuery("""
                        select p from ProjectProblem p join fetch p.project pr join fetch pr.zone z
                        where p.raisedOn >= :from and p.raisedOn <= :to"""
                        + ScopeSql.jpqlAnd(scope, "z") + " order by z.id, p.raisedOn, p.id", ProjectProblem.class),
                        scope)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public Page<ProjectProblem> selected(Scope scope, ProblemSelection selection, int page, int size) {
        Page.check(page, size);
        String where = " where p.raisedOn >= :from and p.raisedOn <= :to" + ScopeSql.jpqlAnd(scope, "z")
                + (selection.categoryCode() == null ? "" : " and p.category.code = :category")
                + switch (selection.state()) {
                    case RAISED -> "";
                    case SOLVED -> " and p.status = :solved and p.solvedOn <= :to";
                    case OPEN -> " and (p.status <> :solved or p.solvedOn > :to)";
                    case OVERDUE -> " and p.status <> :solved and p.deadline < :asOf";
                };
        List<ProjectProblem> items = selecting(entityManager.createQuery("select p from ProjectProblem p"
                + " join fetch p.project pr join fetch pr.zone z" + where + " order by p.raisedOn desc, p.id desc",
                ProjectProblem.class), scope, selection)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = selecting(entityManager.createQuery("select count(p) from ProjectProblem p join p.project pr"
                + " join pr.zone z" + where, Long.class), scope, selection).getSingleResult();
        return new Page<>(items, total, page, size);
    }

    private static <T extends Query> T selecting(T query, Scope scope, ProblemSelection selection) {
        ScopeSql.bindPlace(query, scope);
        query.setParameter("from", selection.from()).setParameter("to", selection.to());
        if (selection.categoryCode() != null) {
            query.setParameter("category", selection.categoryCode());
        }
        if (selection.state() != ProblemState.RAISED) {
            query.setParameter("solved", ProblemStatus.SOLVED);
        }
        if (selection.state() == ProblemState.OVERDUE) {
            query.setParameter("asOf", selection.asOf());
        }
        return query;
    }

    @Override
    public Map<Long, OpenProblems> openOf(Collection<Long> projectIds) {
        Map<Long, OpenProblems> open = new HashMap<>();
        if (projectIds.isEmpty()) {
            return open;
        }
        entityManager.createQuery("""
                        select p.project.id, count(p), min(p.deadline) from ProjectProblem p
                        where p.project.id in :projects and p.status <> :solved group by p.project.id""",
                        Object[].class)
                .setParameter("projects", projectIds)
                .setParameter("solved", ProblemStatus.SOLVED)
                .getResultList()
                .forEach(row -> open.put((Long) row[0], new OpenProblems(number(row[1]), (LocalDate) row[2])));
        return open;
    }

    @Override
    public Map<Long, List<String>> raisedOnVisits(Collection<Long> visitIds) {
        Map<Long, List<String>> raised = new HashMap<>();
        if (visitIds.isEmpty()) {
            return raised;
        }
        entityManager.createQuery("""
                        select p.visit.id, p.category.name from ProjectProblem p where p.visit.id in :visits
                        order by p.id""", Object[].class)
                .setParameter("visits", visitIds)
                .getResultList()
                .forEach(row -> raised.computeIfAbsent((Long) row[0], visit -> new ArrayList<>()).add((String) row[1]));
        return raised;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public void addCategory(ProblemCategory category) {
        entityManager.persist(category);
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
