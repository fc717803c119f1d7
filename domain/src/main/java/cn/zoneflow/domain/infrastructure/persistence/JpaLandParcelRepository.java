package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Standard-land parcels by JPA, narrowed to a scope in the query. */
@ApplicationScoped
public class JpaLandParcelRepository implements LandParcelRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaLandParcelRepository() {
    }

    JpaLandParcelRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<LandParcel> parcelCoded(String code) {
        return entityManager.createQuery("select p from LandParcel p where p.code = :code", LandParcel.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LandParcel> within(Scope scope) {
        TypedQuery<LandParcel> query = entityManager.createQuery("select p from LandParcel p"
                + ScopeSql.jpqlWhere(scope, "p.zone") + " order by p.zone.name, p.code", LandParcel.class);
        return ScopeSql.bindPlace(query, scope).getResultList();
    }

    @Override
    public void add(LandParcel parcel) {
        entityManager.persist(parcel);
    }
}
