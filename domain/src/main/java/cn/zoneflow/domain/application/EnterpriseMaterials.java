package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.material.EnterpriseMaterial;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.material.EnterpriseMaterialRepository;
import cn.zoneflow.domain.model.material.MaterialDecidedException;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * 企业申报材料: the enterprise submits on the portal the files a procedure of its project asks for, while the procedure
 * takes them; the zone's officers, at the procedure's step 收集申报材料, accept each or return it with the reason the
 * enterprise reads before it uploads again. The materials are complete only once none waits for the officers.
 * Every submission and decision is in the audit trail.
 */
@ApplicationScoped
@Transactional
public class EnterpriseMaterials {

    public static final String PROCEDURE = "procedure";
    public static final String REASON = "reason";
    private static final String OBJECT_TYPE = "project";

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private DocumentService documents;

    @Inject
    private EnterpriseMaterialRepository materials;

    @Inject
    private AuditTrail audit;

    @Inject
    private EnterpriseMessages enterpriseMessages;

    /**
     * @throws NoSuchElementException when the project is not the enterprise's
     * @throws RoleRequiredException for anyone but an enterprise: the zone attaches its files at its own steps
     * @throws InvalidInputException naming {@code procedure} when the project has no such procedure or it takes no
     *     materials now, or {@code file} when the file is empty, too large or of another kind; nothing is written
     */
    public EnterpriseMaterial submit(UserAccount enterprise, long projectId, String procedureCode, String fileName,
            byte[] content) {
        RoleRequiredException.check(enterprise, Role.ENTERPRISE);
        Project project = projects.findFor(enterprise, projectId);
        ProjectProcedure procedure = taking(projectId, procedureCode);
        EnterpriseMaterial material = new EnterpriseMaterial(documents.forProcedure(project,
                procedure.procedure().code(), fileName, content, enterprise.username()));
        materials.add(material);
        audit.record(AuditEvent.success(AuditAction.MATERIAL_SUBMITTED, OBJECT_TYPE, project.code().value())
                .withDetail(procedure.procedure().code() + " " + material.fileName()));
        return material;
    }

    private ProjectProcedure taking(long projectId, String procedureCode) {
        if (procedureCode == null || procedureCode.isBlank()) {
            throw InvalidInputException.of(PROCEDURE, "material.procedure.required", "");
        }
        ProjectProcedure procedure = procedures.procedureOf(projectId, procedureCode.strip())
                .orElseThrow(() -> InvalidInputException.of(PROCEDURE, "material.procedure.unknown", procedureCode));
        if (!procedure.takesMaterials()) {
            throw InvalidInputException.of(PROCEDURE, "material.procedure.notTaking", procedure.procedure().name());
        }
        return procedure;
    }

    /**
     * The officers take the file for the procedure; the caller proved they hold the procedure's step.
     *
     * @throws NoSuchElementException when it is no file submitted for this procedure of this project
     * @throws MaterialDecidedException when it was accepted or returned before
     */
    public EnterpriseMaterial accept(long projectId, String procedureCode, long materialId, String by) {
        EnterpriseMaterial material = of(projectId, procedureCode, materialId);
        material.accept(by, ChinaTime.nowInChina());
        audit.record(AuditEvent.success(AuditAction.MATERIAL_ACCEPTED, OBJECT_TYPE,
                material.project().code().value()).withDetail(procedureCode + " " + material.fileName()));
        return material;
    }

    /**
     * The officers return the file with what is wrong; the enterprise reads it and uploads again. The caller proved
     * they hold the procedure's step.
     *
     * @throws NoSuchElementException when it is no file submitted for this procedure of this project
     * @throws InvalidInputException naming {@code reason} when it is blank or too long
     * @throws MaterialDecidedException when it was accepted or returned before
     */
    public EnterpriseMaterial returnWith(long projectId, String procedureCode, long materialId, String reason,
            String by) {
        EnterpriseMaterial material = of(projectId, procedureCode, materialId);
        try {
            material.returnWith(reason, by, ChinaTime.nowInChina());
        } catch (InvalidValueException e) {
            throw InvalidInputException.of(REASON, e.messageKey(), e.rejectedValue());
        }
        audit.record(AuditEvent.success(AuditAction.MATERIAL_RETURNED, OBJECT_TYPE,
                material.project().code().value()).withDetail(procedureCode + " " + material.fileName()));
        enterpriseMessages.tell(EnterpriseMessage.materialReturned(material,
                procedures.procedureOf(projectId, procedureCode).orElseThrow().procedure().name(),
                ChinaTime.nowInChina()));
        return material;
    }

    private EnterpriseMaterial of(long projectId, String procedureCode, long materialId) {
        return materials.find(materialId).filter(found -> found.isFor(projectId, procedureCode))
                .orElseThrow(() -> new NoSuchElementException("material " + materialId));
    }

    /**
     * A project's submitted files, the newest first, for whoever may read the project (the enterprise its own).
     *
     * @throws NoSuchElementException when the project does not exist for the reader
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnterpriseMaterial> ofProject(UserAccount reader, long projectId) {
        return materials.ofProject(projects.findFor(reader, projectId).id());
    }

    /** The files of a procedure, the newest first; the caller proved they hold one of its steps. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnterpriseMaterial> ofProcedure(long projectId, String procedureCode) {
        return materials.ofProject(projectId).stream()
                .filter(material -> material.procedureCode().equals(procedureCode)).toList();
    }
}
