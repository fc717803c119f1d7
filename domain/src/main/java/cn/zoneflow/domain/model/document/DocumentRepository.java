package cn.zoneflow.domain.model.document;

import java.util.List;
import java.util.Optional;

/** The documents of the province's projects. */
public interface DocumentRepository {

    Optional<Document> find(long id);

    /** A project's documents, newest first, read without their content. */
    List<DocumentSummary> summariesOf(long projectId);

    void add(Document document);
}
