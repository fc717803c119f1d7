package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;

/** Remembers one-off facts about the installation (such as "demo data loaded") in the database itself. */
@ApplicationScoped
public class InstallationEvents {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public boolean happened(String name) {
        return !entityManager.createNativeQuery("select name from installation_event where name = ?")
                .setParameter(1, name)
                .getResultList()
                .isEmpty();
    }

    public void record(String name) {
        entityManager.createNativeQuery("insert into installation_event (name, happened_at) values (?, ?)")
                .setParameter(1, name)
                .setParameter(2, Timestamp.from(ChinaTime.now()))
                .executeUpdate();
    }
}
