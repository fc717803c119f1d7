package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.shared.ReferenceDataChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;

/**
 * Empties the shared cache once a change to reference data is committed. All of it, not only the changed class:
 * cached projects and procedures hold the zone or catalogue entry they were read with. Such changes are a few a
 * year, so reading everything again once is cheap.
 */
@ApplicationScoped
public class SharedCacheEviction {

    private static final Logger LOG = Logger.getLogger(SharedCacheEviction.class.getName());

    @PersistenceUnit(unitName = "zoneflow")
    private EntityManagerFactory factory;

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceDataChanged change) {
        factory.getCache().evictAll();
        LOG.info(() -> change.what() + " changed: shared cache emptied");
    }
}
