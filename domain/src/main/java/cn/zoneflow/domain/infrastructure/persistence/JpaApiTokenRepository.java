package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.user.ApiToken;
import cn.zoneflow.domain.model.user.ApiTokenRepository;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaApiTokenRepository() {
    }

    JpaApiTokenRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(ApiToken token) {
        entityManager.persist(token);
    }

    @Override
    public Optional<ApiToken> find(String tokenHash) {
        return entityManager.createQuery(
                "select t from ApiToken t join fetch t.account where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int forgetExpired(UserAccount account, Instant before) {
        return entityManager.createQuery("delete from ApiToken t where t.account = :account and t.expiresAt < :before")
                .setParameter("account", account)
                .setParameter("before", LocalDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
