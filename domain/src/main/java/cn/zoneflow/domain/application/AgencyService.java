package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.calendar.Deadline;
import cn.zoneflow.domain.model.commitment.CommitmentRepository;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.message.EnterpriseMessage;
import cn.zoneflow.domain.model.procedure.AgencyAgreement;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureChecklist;
import cn.zoneflow.domain.model.procedure.ProcedurePlan;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * 全代办 for one project: the agency agreement is signed and names the specialist, the procedures the decision table
 * chose are planned (waived where the land's regional assessment covers them, under commitment where the project
 * opted in), and each one follows
 * the department's answers. Called by the agency workflow inside the transaction of the step that caused it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgencyService {

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Deadlines deadlines;

    @Inject
    private CommitmentRepository commitments;

    @Inject
    private EnterpriseMessages enterpriseMessages;

    @Inject
    private LandParcelRepository parcels;

    /**
     * Records the agreement as the officer entered it (text, as typed).
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public AgencyAgreement signAgreement(long projectId, String number, String signedOn, String specialist,
            String recordedBy) {
        Project project = project(projectId);
        InputReader reader = new InputReader();
        String checkedNumber = reader.text("agreementNumber", number, AgencyAgreement.NUMBER_MAX_LENGTH, true);
        LocalDate checkedDate = reader.date("signedOn", signedOn, true);
        String checkedSpecialist = reader.text("specialist", specialist, 60, true);
        if (checkedNumber != null && procedures.agreementNumberTaken(checkedNumber)) {
            reader.reject("agreementNumber", "agencyAgreement.number.taken", checkedNumber);
        }
        if (checkedSpecialist != null && !isOfficerOf(project, checkedSpecialist)) {
            reader.reject("specialist", "agencyAgreement.specialist.notOfficer", checkedSpecialist);
        }
        if (procedures.agreementOf(projectId).isPresent()) {
            reader.reject("agreementNumber", "agencyAgreement.alreadySigned", checkedNumber);
        }
        AgencyAgreement agreement = null;
        if (!reader.hasErrors()) {
            try {
                agreement = new AgencyAgreement(project, checkedNumber, checkedDate, checkedSpecialist, recordedBy,
                        ChinaTime.today());
            } catch (InvalidValueException e) {
                reader.reject("signedOn", e.messageKey(), signedOn);
            }
        }
        reader.finish();
        procedures.add(agreement);
        return agreement;
    }

    private boolean isOfficerOf(Project project, String username) {
        return accounts.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .filter(account -> account.role() == Role.OFFICER)
                .filter(account -> project.zone().equals(account.zone()))
                .isPresent();
    }

    /**
     * Plans the procedures the decision table chose for the project, each starting as its land and reforms say;
     * those required before a stage the project has already reached are not its zone's to handle any more.
     *
     * @return what the officers handle before each stage
     */
    public ProcedurePlan plan(long projectId, Collection<String> procedureCodes) {
        Project project = project(projectId);
        String parcelCode = project.reforms().landParcelCode();
        Optional<LandParcel> parcel = parcelCode == null ? Optional.empty() : parcels.parcelCoded(parcelCode);
        boolean underCommitment = project.reforms().underCommitment();
        procedures.catalogueEntries(procedureCodes).stream()
                .filter(procedure -> procedure.isAheadOf(project.stage()))
                .filter(procedure -> procedures.procedureOf(projectId, procedure.code()).isEmpty())
                .forEach(procedure -> procedures.add(ProjectProcedure.planned(project, procedure,
                        assessed(parcel, procedure), underCommitment)));
        ProcedureChecklist checklist = procedures.checklistOf(projectId);
        return new ProcedurePlan(codes(checklist.toHandleBefore(Stage.STARTED)),
                codes(checklist.toHandleBefore(Stage.PRODUCING)), project.stage().compareTo(Stage.STARTED) >= 0,
                checklist.procedures().stream().anyMatch(ProjectProcedure::isCommitted));
    }

    /**
     * Whether the project's land had the procedure's regional assessment done: only those its registered parcel
     * lists (a code no parcel has is refused when the project is registered or imported).
     */
    private static boolean assessed(Optional<LandParcel> parcel, Procedure procedure) {
        return parcel.map(p -> p.waives(procedure.code())).orElse(false);
    }

    private static List<String> codes(List<ProjectProcedure> planned) {
        return planned.stream().map(p -> p.procedure().code()).toList();
    }

    /** The materials went to the department today; it must answer within the procedure's statutory limit. */
    public ProjectProcedure submitted(long projectId, String procedureCode, String submittedBy) {
        ProjectProcedure procedure = procedure(projectId, procedureCode);
        LocalDate today = ChinaTime.today();
        LocalDate due = deadlines.forProcedure(procedure.procedure(), today).map(Deadline::due).orElse(null);
        procedure.submit(submittedBy, today, due);
        return procedure;
    }

    public ProjectProcedure returnedForCorrection(long projectId, String procedureCode, String reason) {
        ProjectProcedure procedure = procedure(projectId, procedureCode);
        procedure.returnForCorrection(reason);
        enterpriseMessages.tell(EnterpriseMessage.correctionAsked(procedure, ChinaTime.nowInChina()));
        return procedure;
    }

    public ProjectProcedure closed(long projectId, String procedureCode, String approvalNumber) {
        ProjectProcedure procedure = procedure(projectId, procedureCode);
        procedure.close(approvalNumber, ChinaTime.today());
        enterpriseMessages.tell(EnterpriseMessage.procedureClosed(procedure, ChinaTime.nowInChina()));
        return procedure;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcedureChecklist checklist(long projectId) {
        return procedures.checklistOf(projectId);
    }

    /**
     * The names of the procedures that keep the project from its next stage: required before it, neither done nor
     * covered by the project's signed commitment. Empty when nothing does.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> holdingBack(long projectId) {
        Project project = project(projectId);
        boolean commitmentSigned = commitments.commitmentOf(projectId).isPresent();
        return project.stage().next()
                .map(next -> procedures.checklistOf(projectId).holdingBack(next, commitmentSigned).stream()
                        .map(p -> p.procedure().name()).toList())
                .orElse(List.of());
    }

    /**
     * The issuing department that answers the procedure itself (部门联动审批): the zone's own office of the procedure's
     * kind where the zone took the power over, else the city's, while it takes part; empty when the zone's officer
     * records the answer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Department> answeringDepartment(long projectId, String procedureCode) {
        ProjectProcedure procedure = procedure(projectId, procedureCode);
        Zone zone = procedure.project().zone();
        return Department.deciding(departments.ofKind(zone.city(), procedure.procedure().department()), zone)
                .filter(Department::takesPart);
    }

    /** The procedure a step of its handling is about. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectProcedure procedure(long projectId, String procedureCode) {
        return procedures.procedureOf(projectId, procedureCode).orElseThrow(
                () -> new NoSuchElementException("project " + projectId + " has no procedure " + procedureCode));
    }

    private Project project(long projectId) {
        return projects.find(projectId).orElseThrow(() -> new NoSuchElementException("project " + projectId));
    }
}
