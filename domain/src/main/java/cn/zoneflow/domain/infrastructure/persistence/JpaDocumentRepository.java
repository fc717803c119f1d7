package cn.zoneflow.domain.infrastructure.persistence;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentRepository;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Documents by JPA; lists by a projection, so that no file's content is read to show its name. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    private static final String SUMMARY = """
            select new cn.zoneflow.domain.model.document.DocumentSummary(d.id, d.procedureCode, d.fileName, d.kind,
                   d.sizeBytes, d.uploadedBy, d.uploadedAt, d.taskId, d.step, d.stage)
            from Document d""";
    private static final String NEWEST_FIRST = " order by d.uploadedAt desc, d.id desc";

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
        return entityManager.createQuery(SUMMARY + " where d.project.id = :project" + NEWEST_FIRST,
                        DocumentSummary.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    @Override
    public List<DocumentSummary> summariesOfCase(String caseId, Optional<Stage> stage) {
        TypedQuery<DocumentSummary> query = entityManager.createQuery(SUMMARY + " where d.caseId = :caseId"
                + (stage.isPresent() ? " and d.stage = :stage" : "") + NEWEST_FIRST, DocumentSummary.class)
                .setParameter("caseId", caseId);
        stage.ifPresent(at -> query.setParameter("stage", at));
        return query.getResultList();
    }

    @Override
    public void add(Document document) {
        entityManager.persist(document);
    }

    @Override
    public void remove(Document document) {
        entityManager.remove(document);
    }
}
