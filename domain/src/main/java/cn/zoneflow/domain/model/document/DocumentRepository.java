package cn.zoneflow.domain.model.document;

import cn.zoneflow.domain.model.shared.Stage;
import java.util.List;
import java.util.Optional;

/** The documents of the province's projects. */
public interface DocumentRepository {

    Optional<Document> find(long id);

    /** A project's documents, newest first, read without their content. */
    List<DocumentSummary> summariesOf(long projectId);

    /**
     * The evidence attached at the steps of one case, newest first, without content; with a stage, only what was
     * attached while the project was at it (a lifecycle's cases span every stage).
     */
    List<DocumentSummary> summariesOfCase(String caseId, Optional<Stage> stage);

    void add(Document document);

    void remove(Document document);
}
