package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.problem.ProblemStatus;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.domain.model.warning.ProjectWarning;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaProjectRepository() {
    }

    JpaProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Project> find(long id) {
        return Optional.ofNullable(entityManager.find(Project.class, id));
    }

    @Override
    /**
     * By the natural key, which never changes in a transaction: no flush of pending changes is needed first, which
     * would compare every project loaded so far.
     */
    public Optional<Project> findByCode(ProjectCode code) {
        return entityManager.createQuery("select p from Project p where p.code = :code", Project.class)
                .setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Project> findByCodes(Collection<ProjectCode> codes) {
        return InChunks.find(entityManager, "select p from Project p where p.code in :keys", Project.class, codes);
    }

    @Override
    public Optional<Industry> industry(String code) {
        return Optional.ofNullable(entityManager.find(Industry.class, code));
    }

    @Override
    public Optional<Industry> industryCalled(String written) {
        String name = written.strip();
        return industry(name).or(() -> entityManager
                .createQuery("select i from Industry i where i.name = :name", Industry.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst());
    }

    @Override
    public List<Industry> industries() {
        return entityManager.createQuery("select i from Industry i order by i.code", Industry.class).getResultList();
    }

    @Override
    public Page<Project> search(Scope scope, ProjectFilter filter, ProjectSort sort, boolean descending, int page,
            int size) {
        Page.check(page, size);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Project> counted = count.from(Project.class);
        count.select(cb.count(counted)).where(criteria(cb, count, counted, scope, filter));
        long total = entityManager.createQuery(count).getSingleResult();

        CriteriaQuery<Project> select = cb.createQuery(Project.class);
        Root<Project> project = select.from(Project.class);
        Path<?> key = switch (sort) {
            case CODE -> project.get("code");
            case NAME -> project.get("name");
            case TOTAL_INVESTMENT -> project.get("totalInvestment");
            case STAGE -> project.get("stage");
        };
        // every list row names the project's leader in charge: read with the page, not one account per row
        project.fetch("leader", JoinType.LEFT);
        select.select(project).where(criteria(cb, select, project, scope, filter))
                .orderBy(descending ? cb.desc(key) : cb.asc(key), cb.asc(project.get("id")));
        List<Project> items = entityManager.createQuery(select)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, total, page, size);
    }

    @Override
    public List<UserAccount> leadersWithin(Scope scope) {
        return ScopeSql.bindPlace(entityManager.createQuery("select distinct l from Project p join p.leader l"
                + ScopeSql.jpqlWhere(scope, "p.zone"), UserAccount.class), scope).getResultStream()
                .sorted(Comparator.comparing(UserAccount::displayName)).toList();
    }

    @Override
    public Page<Project> ledBy(UserAccount leader, int page, int size) {
        Page.check(page, size);
        long total = entityManager.createQuery("select count(p) from Project p where p.leader = :leader", Long.class)
                .setParameter("leader", leader)
                .getSingleResult();
        List<Project> items = entityManager.createQuery(
                        "select p from Project p join fetch p.enterprise where p.leader = :leader order by p.code",
                        Project.class)
                .setParameter("leader", leader)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, total, page, size);
    }

    @Override
    public List<Project> ofEnterprise(Reach.OfEnterprise enterprise) {
        return entityManager.createQuery("select p from Project p join fetch p.enterprise e"
                        + " where e.creditCode = :code order by p.code", Project.class)
                .setParameter("code", enterprise.creditCode())
                .getResultList();
    }

    private static Predicate[] criteria(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Project> project, Scope scope,
            ProjectFilter filter) {
        List<Predicate> criteria = new ArrayList<>();
        Path<Object> zone = project.get("zone");
        scope.<Optional<Predicate>>match(Optional::empty,
                code -> Optional.of(cb.equal(zone.get("city").get("divisionCode"), code)),
                id -> Optional.of(cb.equal(zone.get("id"), id))).ifPresent(criteria::add);
        if (filter.cityCode() != null) {
            criteria.add(cb.equal(zone.get("city").get("divisionCode"), filter.cityCode()));
        }
        if (filter.keyword() != null) {
            criteria.add(ProjectKeyword.matching(cb, project, filter.keyword()));
        }
        if (filter.zoneId() != null) {
            criteria.add(cb.equal(zone.get("id"), filter.zoneId()));
        }
        if (filter.stage() != null) {
            criteria.add(cb.equal(project.get("stage"), filter.stage()));
        }
        if (filter.industryCode() != null) {
            criteria.add(cb.equal(project.get("industry").get("code"), filter.industryCode()));
        }
        if (filter.strategicEmerging() != null) {
            criteria.add(cb.equal(project.get("strategicEmerging"), filter.strategicEmerging()));
        }
        if (filter.industrial() != null) {
            criteria.add(cb.equal(project.get("industrial"), filter.industrial()));
        }
        if (filter.minInvestment() != null) {
            criteria.add(cb.greaterThanOrEqualTo(project.get("totalInvestment"), filter.minInvestment()));
        }
        if (filter.maxInvestment() != null) {
            criteria.add(cb.lessThanOrEqualTo(project.get("totalInvestment"), filter.maxInvestment()));
        }
        if (filter.underCommitment() != null) {
            criteria.add(cb.equal(project.get("underCommitment"), filter.underCommitment()));
        }
        if (filter.fullAgency() != null) {
            criteria.add(cb.equal(project.get("fullAgency"), filter.fullAgency()));
        }
        if (filter.onStandardLand() != null) {
            Path<Object> parcel = project.get("landParcelCode");
            criteria.add(filter.onStandardLand() ? cb.isNotNull(parcel) : cb.isNull(parcel));
        }
        if (filter.light() != null) {
            Predicate red = cb.exists(warning(cb, query, project, Light.RED));
            Predicate yellow = cb.exists(warning(cb, query, project, Light.YELLOW));
            criteria.add(switch (filter.light()) {
                case RED -> red;
                case YELLOW -> cb.and(yellow, cb.not(red));
                case GREEN -> cb.and(cb.not(yellow), cb.not(red));
            });
        }
        if (filter.openProblems() != null) {
            Subquery<Long> open = query.subquery(Long.class);
            Root<ProjectProblem> problem = open.from(ProjectProblem.class);
            open.select(problem.get("id")).where(cb.equal(problem.get("project"), project),
                    cb.notEqual(problem.get("status"), ProblemStatus.SOLVED));
            criteria.add(filter.openProblems() ? cb.exists(open) : cb.not(cb.exists(open)));
        }
        if (filter.leader() != null) {
            criteria.add(cb.equal(project.get("leader").get("username"), filter.leader()));
        }
        return criteria.toArray(Predicate[]::new);
    }

    /** A standing warning of the project in this colour. */
    private static Subquery<Long> warning(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Project> project,
            Light light) {
        Subquery<Long> warning = query.subquery(Long.class);
        Root<ProjectWarning> standing = warning.from(ProjectWarning.class);
        return warning.select(standing.get("id"))
                .where(cb.equal(standing.get("project"), project), cb.equal(standing.get("light"), light));
    }

    @Override
    public void add(Project project) {
        entityManager.persist(project);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(p) from Project p", Long.class).getSingleResult();
    }

    @Override
    public long countDemo() {
        return countMarkedAsDemo(true);
    }

    @Override
    public long countReal() {
        return countMarkedAsDemo(false);
    }

    private long countMarkedAsDemo(boolean demo) {
        return entityManager.createQuery("select count(p) from Project p where p.demo = :demo", Long.class)
                .setParameter("demo", demo).getSingleResult();
    }
}
