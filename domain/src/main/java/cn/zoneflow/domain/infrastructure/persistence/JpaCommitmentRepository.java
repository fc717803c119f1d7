package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.commitment.Commitment;
import cn.zoneflow.domain.model.commitment.CommitmentRepository;
import cn.zoneflow.domain.model.commitment.CommitmentSignature;
import cn.zoneflow.domain.model.commitment.CommitmentStatus;
import cn.zoneflow.domain.model.commitment.CreditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Commitments and credit records by JPA. */
@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaCommitmentRepository() {
    }

    JpaCommitmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Commitment> commitmentOf(long projectId) {
        return entityManager.createQuery("select c from Commitment c where c.project.id = :project", Commitment.class)
                .setParameter("project", projectId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CreditRecord> creditRecordOf(long projectId) {
        return entityManager.createQuery("select r from CreditRecord r where r.project.id = :project",
                        CreditRecord.class)
                .setParameter("project", projectId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Commitment commitment) {
        entityManager.persist(commitment);
    }

    @Override
    public void add(CreditRecord record) {
        entityManager.persist(record);
    }

    @Override
    public List<CommitmentSignature> signaturesOf(long projectId) {
        return entityManager.createQuery("select s from CommitmentSignature s where s.project.id = :project"
                        + " order by s.signedAt, s.id", CommitmentSignature.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public List<Commitment> signedAndDueBetween(LocalDate first, LocalDate last) {
        return entityManager.createQuery("select c from Commitment c join fetch c.project"
                        + " where c.status = :signed and c.promisedOn between :first and :last", Commitment.class)
                .setParameter("signed", CommitmentStatus.SIGNED)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    @Override
    public void add(CommitmentSignature signature) {
        // the printed document goes first: it is named by a plain id column, which EclipseLink's commit order ignores
        entityManager.flush();
        entityManager.persist(signature);
    }
}
