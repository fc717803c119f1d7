package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentRepository;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Attaching documents to projects and handing them out, always within the user's scope: a document of another
 * zone's project does not exist for the caller. Every upload and every download is in the audit trail.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    static final String OBJECT_TYPE = "document";

    @Inject
    private DocumentRepository documents;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private AuditTrail audit;

    /**
     * @param procedureCode the procedure the document is for, or null for the project as a whole
     * @throws NoSuchElementException when the project, or its procedure, is not within the scope
     * @throws InvalidInputException naming {@code file} when the file is empty, too large or of another kind
     */
    public Document attach(Scope scope, long projectId, String procedureCode, String fileName, byte[] content,
            String uploadedBy) {
        Project project = projects.findWithin(scope, projectId);
        if (procedureCode != null && procedures.procedureOf(projectId, procedureCode).isEmpty()) {
            throw new NoSuchElementException("project " + projectId + " has no procedure " + procedureCode);
        }
        Document document;
        try {
            document = new Document(project, procedureCode, fileName, content, uploadedBy,
                    ChinaTime.nowInChina());
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("file", e.messageKey(), e.rejectedValue());
        }
        documents.add(document);
        audit.record(AuditEvent.success(AuditAction.DOCUMENT_UPLOADED, OBJECT_TYPE, project.code().value())
                .withDetail(document.toString()));
        return document;
    }

    /** @throws NoSuchElementException when there is no such document within the scope */
    public Document open(Scope scope, long documentId) {
        Document document = documents.find(documentId)
                .filter(found -> scope.covers(found.project().zone()))
                .orElseThrow(() -> new NoSuchElementException("document " + documentId));
        audit.record(AuditEvent.success(AuditAction.DOCUMENT_DOWNLOADED, OBJECT_TYPE,
                document.project().code().value()).withDetail(document.toString()));
        return document;
    }

    /** @throws NoSuchElementException when the project is not within the scope */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> documentsOf(Scope scope, long projectId) {
        projects.findWithin(scope, projectId);
        return documents.summariesOf(projectId);
    }
}
