package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Registers a newly signed project (签约), or one entering the reserve library (入库): checks every field, finds or
 * records its enterprise, stores the project at its stage and announces it, so its lifecycle process starts in the
 * same transaction. Refuses the whole input, naming each wrong field, and writes nothing when anything is wrong.
 */
@ApplicationScoped
public class ProjectRegistration {

    static final int PERSON_MAX_LENGTH = 40;
    static final int PHONE_MAX_LENGTH = 30;

    @Inject
    private ProjectWarnings warnings;

    @Inject
    private ProjectRepository projects;

    @Inject
    private EnterpriseRepository enterprises;

    @Inject
    private ZoneRepository zones;

    @Inject
    private LandParcelRepository parcels;

    @Inject
    private Event<ProjectRegistered> registered;

    @Inject
    private AuditTrail audit;

    /**
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field, those the edge could
     *     not read among them; then nothing was written
     */
    @Transactional
    public Project registerSigned(Scope scope, ReadCommand<SignedProject> input, String registeredBy) {
        SignedProject signed = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        ProjectDetailsCheck.Found found = check(scope, signed, signed.details(), refusals);
        LocalDate signedOn = signed.signedOn();
        if (signedOn != null && signedOn.isAfter(ChinaTime.today())) {
            refusals.rejectUnlessRefused("signedOn", "signedOn.future", signedOn.toString());
        }
        signed.plannedDates().check(signedOn, refusals);
        refusals.finish();

        Project project = Project.signed(facts(signed.details(), found, signed.contactPerson(), signed.contactPhone(),
                signed), signedOn, registeredBy);
        project.replan(signed.plannedDates());
        return store(project, signed.details(), AuditAction.PROJECT_REGISTERED);
    }

    /**
     * 入库: a project not yet signed enters the zone's reserve library today, ungraded; it has no deadlines until a
     * request to sign is made.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field, those the edge could
     *     not read among them; then nothing was written
     */
    @Transactional
    public Project registerReserve(Scope scope, ReadCommand<ReserveProject> input) {
        ReserveProject reserve = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        ProjectDetailsCheck.Found found = check(scope, reserve, reserve.details(), refusals);
        refusals.finish();
        Project project = Project.reserved(facts(reserve.details(), found, reserve.contactPerson(),
                reserve.contactPhone(), null), ChinaTime.today());
        return store(project, reserve.details(), AuditAction.RESERVE_ENTERED);
    }

    private ProjectDetailsCheck.Found check(Scope scope, Object command, ProjectDetails details, Refusals refusals) {
        ProjectDetailsCheck.Found found = new ProjectDetailsCheck(scope, zones, projects, parcels)
                .check(command, details, refusals);
        if (found.zoneOutsideScope()) {
            audit.recordSeparately(AuditEvent.outsideScope("project", details.code() == null ? ""
                    : details.code().value(), "registration in " + found.zone().name()));
        }
        ProjectCode code = details.code();
        if (code != null && projects.findByCode(code).isPresent()) {
            refusals.rejectUnlessRefused("code", "projectCode.taken", code.value());
        }
        return found;
    }

    /** The facts registered, its enterprise found by credit code or recorded; planned dates only for a signed one. */
    private ProjectFacts facts(ProjectDetails details, ProjectDetailsCheck.Found found, String contactPerson,
            String contactPhone, SignedProject signed) {
        Enterprise enterprise = enterprises.findByCreditCode(details.creditCode()).orElseGet(() -> {
            Enterprise created = new Enterprise(details.enterpriseName(), details.creditCode(), contactPerson,
                    contactPhone);
            enterprises.add(created);
            return created;
        });
        return new ProjectFacts(details.code(), details.name(), enterprise, found.zone(), found.industry(),
                details.strategicEmerging(), details.industrial(), details.totalInvestment(),
                details.expectedAnnualOutput(), signed == null ? null : signed.plannedStartDate(),
                signed == null ? null : signed.plannedProductionDate());
    }

    private Project store(Project project, ProjectDetails details, AuditAction action) {
        project.runUnder(details.reforms());
        projects.add(project);
        projects.flush();
        warnings.recount(project.id(), ChinaTime.today());
        registered.fire(ProjectRegistered.of(project));
        audit.record(AuditEvent.success(action, "project", project.code().value()));
        return project;
    }
}
