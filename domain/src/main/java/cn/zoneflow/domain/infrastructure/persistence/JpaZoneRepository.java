package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.domain.model.zone.ZoneTerms;
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

    /**
     * Written directly, like every change to the zones: they are read-only reference data in the shared cache,
     * evicted after the change. The id comes from the zones' row of id_sequence, locked until the change commits.
     */
    @Override
    public long add(City city, ZoneTerms terms) {
        entityManager.createNativeQuery("update id_sequence set next_val = next_val + 1 where seq_name = 'zone'")
                .executeUpdate();
        long id = ((Number) entityManager.createNativeQuery("select next_val from id_sequence where seq_name = 'zone'")
                .getSingleResult()).longValue();
        entityManager.createNativeQuery("insert into zone (id, name, aliases, city_code, category, zone_level, version)"
                        + " values (?, ?, ?, ?, ?, ?, 0)")
                .setParameter(1, id).setParameter(2, terms.name()).setParameter(3, terms.storedAliases())
                .setParameter(4, city.divisionCode()).setParameter(5, terms.category().name())
                .setParameter(6, terms.level().name())
                .executeUpdate();
        return id;
    }

    @Override
    public boolean change(long id, long version, ZoneTerms terms) {
        return entityManager.createNativeQuery("update zone set name = ?, aliases = ?, category = ?, zone_level = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .setParameter(1, terms.name()).setParameter(2, terms.storedAliases())
                .setParameter(3, terms.category().name()).setParameter(4, terms.level().name())
                .setParameter(5, id).setParameter(6, version)
                .executeUpdate() == 1;
    }

    @Override
    public Optional<Zone> zoneCalled(String written) {
        List<Zone> all = zones();
        return all.stream().filter(zone -> zone.isCalled(written)).findFirst()
                .or(() -> all.stream().filter(zone -> zone.isCalledForShort(written)).findFirst());
    }
}
