package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.zone.Zone;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaUserAccountRepository() {
    }

    JpaUserAccountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return entityManager.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> inZone(Zone zone, Role... roles) {
        return entityManager.createQuery("""
                select u from UserAccount u
                where u.zone = :zone and u.role in :roles and u.enabled = true
                order by u.username""", UserAccount.class)
                .setParameter("zone", zone)
                .setParameter("roles", List.of(roles))
                .getResultList();
    }

    @Override
    public List<UserAccount> leadersOver(Zone zone) {
        return entityManager.createQuery("""
                select u from UserAccount u
                where u.role = :leader and u.enabled = true
                  and (u.zone = :zone or u.city = :city or u.zone is null and u.city is null)
                order by u.displayName, u.username""", UserAccount.class)
                .setParameter("leader", Role.LEADER)
                .setParameter("zone", zone)
                .setParameter("city", zone.city())
                .getResultList();
    }

    @Override
    public List<UserAccount> all() {
        return entityManager.createQuery("select u from UserAccount u order by u.role, u.username", UserAccount.class)
                .getResultList();
    }

    @Override
    public void add(UserAccount account) {
        entityManager.persist(account);
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public boolean hasEnabledAccountOf(Enterprise enterprise) {
        return entityManager.createQuery("select count(u) from UserAccount u where u.enterprise = :enterprise"
                        + " and u.enabled = true", Long.class)
                .setParameter("enterprise", enterprise)
                .getSingleResult() > 0;
    }

    @Override
    public List<UserAccount> enabledAccountsOf(Enterprise enterprise) {
        return entityManager.createQuery("select u from UserAccount u where u.enterprise = :enterprise"
                        + " and u.enabled = true order by u.username", UserAccount.class)
                .setParameter("enterprise", enterprise)
                .getResultList();
    }

    @Override
    public long countDemo() {
        return entityManager.createQuery("select count(u) from UserAccount u where u.demo = true", Long.class)
                .getSingleResult();
    }
}
