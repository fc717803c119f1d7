package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.zone.City;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDepartmentRepository implements DepartmentRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaDepartmentRepository() {
    }

    JpaDepartmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Department> all() {
        return entityManager.createQuery("select d from Department d"
                // a city's code sorts before "zone-…": the city's offices first
                + " order by d.city.divisionCode, d.placeKey, d.kind",
                Department.class).getResultList();
    }

    @Override
    public Optional<Department> find(long id) {
        return Optional.ofNullable(entityManager.find(Department.class, id));
    }

    @Override
    public Optional<Department> findByName(String name) {
        return entityManager.createQuery("select d from Department d where d.name = :name", Department.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Department> ofKind(City city, String kind) {
        return entityManager.createQuery("select d from Department d where d.city = :city and d.kind = :kind",
                Department.class).setParameter("city", city).setParameter("kind", kind).getResultList();
    }

    @Override
    public void add(Department department) {
        entityManager.persist(department);
    }
}
