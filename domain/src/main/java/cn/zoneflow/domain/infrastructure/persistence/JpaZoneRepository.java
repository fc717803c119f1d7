package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The province's cities and zones, reference data every installation carries. */
@ApplicationScoped
public class JpaZoneRepository implements ZoneRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaZoneRepository() {
    }

    JpaZoneRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<City> cities() {
        return entityManager.createQuery("select c from City c order by c.divisionCode", City.class).getResultList();
    }

    @Override
    public List<Zone> zones() {
        return entityManager.createQuery("select z from Zone z order by z.city.divisionCode, z.id", Zone.class)
                .getResultList();
    }

    @Override
    public Optional<Zone> zone(long id) {
        return Optional.ofNullable(entityManager.find(Zone.class, id));
    }

    @Override
    public Optional<Zone> zoneCalled(String written) {
        return zones().stream().filter(zone -> zone.isCalled(written)).findFirst();
    }
}
