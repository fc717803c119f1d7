package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentRepository;
import cn.zoneflow.domain.model.document.DocumentSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Documents by JPA; lists by a projection, so that no file's content is read to show its name. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "zoneflow")
    private EntityManager entityManager;

    public JpaDocumentRepository() {
    }

    JpaDocumentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(entityManager.find(Document.class, id));
    }

    @Override
    public List<DocumentSummary> summariesOf(long projectId) {
        return entityManager.createQuery("""
                select new cn.zoneflow.domain.model.document.DocumentSummary(d.id, d.procedureCode, d.fileName, d.kind,
                       d.sizeBytes, d.uploadedBy, d.uploadedAt)
                from Document d where d.project.id = :project
                order by d.uploadedAt desc, d.id desc""", DocumentSummary.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public void add(Document document) {
        entityManager.persist(document);
    }
}
