package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.rating.RatingFigures;
import cn.zoneflow.domain.model.rating.RatingPlace;
import cn.zoneflow.domain.model.rating.RatingRepository;
import cn.zoneflow.domain.model.rating.ServiceRating;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaRatingRepository() {
    }

    JpaRatingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ServiceRating rating) {
        entityManager.persist(rating);
    }

    @Override
    public List<ServiceRating> ofProject(long projectId) {
        return entityManager.createQuery("select r from ServiceRating r where r.project.id = :project"
                        + " order by r.ratedAt desc, r.id desc", ServiceRating.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public List<RatingPlace> byZone(Scope scope, LocalDate from, LocalDate to) {
        return ScopeSql.rows(entityManager, """
                select c.name, z.name, count(*),
                    sum(case when p.overall in ('VERY_SATISFIED', 'SATISFIED', 'FAIRLY_SATISFIED') then 1 else 0 end),
                    sum(case when p.overall in ('DISSATISFIED', 'VERY_DISSATISFIED') then 1 else 0 end),
                    sum(case when pr.status = 'SOLVED' then 1 else 0 end),
                    sum(case when exists (select 1 from problem_entry e where e.problem_id = p.problem_id
                        and e.kind = 'RETURN_VISIT') then 1 else 0 end)
                from service_rating p join zone z on z.id = p.zone_id join city c on c.division_code = z.city_code
                    left join project_problem pr on pr.id = p.problem_id
                where p.rated_on >= ?1 and p.rated_on <= ?2%s
                group by z.city_code, z.id, c.name, z.name
                order by z.city_code, z.id""", scope, from, to).stream()
                .map(row -> new RatingPlace((String) row[0], (String) row[1], new RatingFigures(count(row[2]),
                        count(row[3]), count(row[4]), count(row[5]), count(row[6]))))
                .toList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
