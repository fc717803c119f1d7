package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.commitment.CommitmentRepository;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.document.AttachedStep;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentRepository;
import cn.zoneflow.domain.model.document.DocumentSubmittedException;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.material.EnterpriseMaterialRepository;
import cn.zoneflow.domain.model.problem.ProblemRepository;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.domain.model.user.Reach;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Attaching documents to projects and to the open steps of their work, handing them out, and removing evidence
 * attached by mistake before its step is submitted — always within the user's scope: a document of another zone's
 * project does not exist for the caller. Every upload, download and removal is in the audit trail.
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
    private OpenTaskRepository openTasks;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private ProblemRepository problems;

    @Inject
    private EnterpriseMaterialRepository materials;

    @Inject
    private CommitmentRepository commitments;

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
        return forProcedure(project, procedureCode, fileName, content, uploadedBy);
    }

    /**
     * Keeps a file for a procedure of the project, or for the project as a whole, for a caller who proved they may add
     * it (the enterprise submitting its materials).
     *
     * @param procedureCode the procedure the document is for, or null for the project as a whole
     * @throws InvalidInputException naming {@code file} when the file is empty, too large or of another kind
     */
    public Document forProcedure(Project project, String procedureCode, String fileName, byte[] content,
            String uploadedBy) {
        return stored(project, () -> new Document(project, procedureCode, fileName, content, uploadedBy,
                ChinaTime.nowInChina()), "");
    }

    /**
     * Attaches a file as the evidence of an open step of the project; a step already submitted, or of another
     * project, does not exist for the caller.
     *
     * @param procedureCode the procedure the step handles, or null
     * @throws NoSuchElementException when the project is not within the scope, or the step is not open for it
     * @throws InvalidInputException naming {@code file} when the file is empty, too large or of another kind
     */
    public Document attachAtStep(Scope scope, long projectId, AttachedStep at, String procedureCode,
            String fileName, byte[] content, String uploadedBy) {
        return attachedAt(projects.findWithin(scope, projectId), at, procedureCode, fileName, content, uploadedBy);
    }

    /**
     * Attaches a file at an open step of a case outside the caller's place, for a caller who proved they hold the step
     * (a department's user answering a problem given to it).
     *
     * @throws NoSuchElementException when the step is not open for the project
     * @throws InvalidInputException naming {@code file} when the file is empty, too large or of another kind
     */
    public Document attachAtHeldStep(long projectId, AttachedStep at, String fileName, byte[] content,
            String uploadedBy) {
        return attachedAt(projects.find(projectId).orElseThrow(), at, null, fileName, content, uploadedBy);
    }

    private Document attachedAt(Project project, AttachedStep at, String procedureCode, String fileName,
            byte[] content, String uploadedBy) {
        long projectId = project.id();
        openTasks.find(at.taskId()).filter(task -> task.project().id().equals(projectId))
                .orElseThrow(() -> new NoSuchElementException("no open step " + at.taskId() + " of " + projectId));
        return stored(project, () -> Document.atStep(project, at, procedureCode, fileName, content, uploadedBy,
                ChinaTime.nowInChina()), " @ " + at.step());
    }

    private Document stored(Project project, Supplier<Document> making, String where) {
        Document document;
        try {
            document = making.get();
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("file", e.messageKey(), e.rejectedValue());
        }
        documents.add(document);
        audit.record(AuditEvent.success(AuditAction.DOCUMENT_UPLOADED, OBJECT_TYPE, project.code().value())
                .withDetail(document + where));
        return document;
    }

    /**
     * Removes a file attached at a step by mistake, while the step is still open: once submitted it is the step's
     * record. The audit trail keeps its name and fingerprint.
     *
     * @throws NoSuchElementException when there is no such document within the scope
     * @throws DocumentSubmittedException when it belongs to no step, or its step was submitted
     */
    public void remove(Scope scope, long documentId) {
        removeWhileOpen(withinScope(scope, documentId));
    }

    /**
     * Removes a file attached by mistake at the given step, held by the caller, while it is still open — a
     * department's own file on the problem it answers; what others attached earlier is not theirs to remove.
     *
     * @throws NoSuchElementException when the document was not attached at this step
     * @throws DocumentSubmittedException when the step was submitted
     */
    public void removeAtStep(String taskId, long documentId) {
        removeWhileOpen(documents.find(documentId)
                .filter(found -> found.attachedAt().filter(at -> at.taskId().equals(taskId)).isPresent())
                .orElseThrow(() -> new NoSuchElementException("document " + documentId + " at " + taskId)));
    }

    private void removeWhileOpen(Document document) {
        AttachedStep at = document.attachedAt().filter(step -> openTasks.find(step.taskId()).isPresent())
                .orElseThrow(() -> new DocumentSubmittedException(document.fileName()));
        documents.remove(document);
        audit.record(AuditEvent.success(AuditAction.DOCUMENT_REMOVED, OBJECT_TYPE,
                document.project().code().value()).withDetail(document + " @ " + at.step()));
    }

    /** @throws NoSuchElementException when there is no such document within the scope */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Document find(Scope scope, long documentId) {
        return withinScope(scope, documentId);
    }

    private Document withinScope(Scope scope, long documentId) {
        return documents.find(documentId)
                .filter(found -> scope.covers(found.project().zone()))
                .orElseThrow(() -> new NoSuchElementException("document " + documentId));
    }

    /** The evidence of a case's steps; with a stage, what was attached while the project was at it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> evidenceOf(Scope scope, long projectId, String caseId, Optional<Stage> stage) {
        projects.findWithin(scope, projectId);
        return documents.summariesOfCase(caseId, stage);
    }

    /**
     * A document handed to its reader: within the scope for those who work on projects; for a leader in charge, the
     * documents of the projects they lead; for an issuing department, the materials of the procedures it decides (its
     * kind, in its city) and the files of the problems the zones gave it; nothing for anyone else.
     *
     * @throws NoSuchElementException when there is no such document for the reader
     */
    public Document open(UserAccount reader, long documentId) {
        return handedOut(documents.find(documentId).filter(found -> readable(reader, found))
                .orElseThrow(() -> new NoSuchElementException("document " + documentId)));
    }

    /**
     * One of the materials of a project's procedure, for a caller who proved they may see them (a department's user
     * through the step of it they hold).
     *
     * @throws NoSuchElementException when the document is not one of them
     */
    public Document openMaterial(long projectId, String procedureCode, long documentId) {
        return handedOut(documents.find(documentId).filter(found -> found.project().id() == projectId
                && procedureCode.equals(found.procedureCode()))
                .orElseThrow(() -> new NoSuchElementException("document " + documentId)));
    }

    /**
     * One of the files attached at the steps of a case, for a caller who proved they may see them (a department's
     * user through the step of it they hold).
     *
     * @throws NoSuchElementException when the document is not one of them
     */
    public Document openOfCase(String caseId, long documentId) {
        return handedOut(documents.find(documentId).filter(found -> found.attachedAt()
                .filter(at -> at.caseId().equals(caseId)).isPresent())
                .orElseThrow(() -> new NoSuchElementException("document " + documentId)));
    }

    private Document handedOut(Document document) {
        audit.record(AuditEvent.success(AuditAction.DOCUMENT_DOWNLOADED, OBJECT_TYPE,
                document.project().code().value()).withDetail(document.toString()));
        return document;
    }

    private boolean readable(UserAccount reader, Document document) {
        if (reader.role() == Role.LEADER) {
            return document.project().isLedBy(reader);
        }
        if (reader.reach() instanceof Reach.OfEnterprise ofEnterprise) {
            return ofEnterprise.creditCode().equals(document.project().enterprise().creditCode())
                    && concernsTheEnterprise(document);
        }
        if (reader.reach() instanceof Reach.OfDepartment ofDepartment) {
            Optional<Department> department = departments.find(ofDepartment.departmentId());
            return department.isPresent() && (decides(department.get(), document)
                    || givenTo(department.get(), document));
        }
        return reader.role().worksOnProjects() && reader.scope().covers(document.project().zone());
    }

    /** Of its project's files, the enterprise reads those it sent (its materials) and the commitments signed. */
    private boolean concernsTheEnterprise(Document document) {
        long projectId = document.project().id();
        return materials.ofProject(projectId).stream().anyMatch(material -> material.documentId().equals(document.id()))
                || commitments.signaturesOf(projectId).stream()
                        .anyMatch(signature -> signature.documentId() == document.id());
    }

    private boolean decides(Department department, Document document) {
        Zone zone = document.project().zone();
        return document.procedureCode() != null && procedures.catalogueEntries(List.of(document.procedureCode()))
                .stream().filter(procedure -> department.decides(zone, procedure))
                .anyMatch(procedure -> Department.deciding(departments.ofKind(zone.city(), department.kind()), zone)
                        .filter(department::equals).isPresent());
    }

    private boolean givenTo(Department department, Document document) {
        return document.attachedAt().flatMap(at -> problems.carriedBy(at.caseId()))
                .flatMap(ProjectProblem::department).filter(department::equals).isPresent();
    }

    /**
     * The files attached at the steps of one case, newest first, for whoever the caller already proved may see them
     * (a department's user through the step of it they hold).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> filesOfCase(String caseId) {
        return documents.summariesOfCase(caseId, Optional.empty());
    }

    /**
     * The materials of one procedure of a project, newest first, for whoever the caller already proved may see them
     * (a department's user through the step of it they hold).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> materialsOf(long projectId, String procedureCode) {
        return documents.summariesOf(projectId).stream()
                .filter(document -> procedureCode.equals(document.procedureCode())).toList();
    }

    /** @throws NoSuchElementException when the project is not within the scope */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> documentsOf(Scope scope, long projectId) {
        projects.findWithin(scope, projectId);
        return documents.summariesOf(projectId);
    }
}
