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
 * Registers a newly signed project (签约): checks every field, finds or records its enterprise, stores the
 * project at 签约 and announces it, so its lifecycle process starts in the same transaction. Refuses the whole
 * input, naming each wrong field, and writes nothing when anything is wrong.
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
        ProjectDetails details = signed.details();
        Refusals refusals = new Refusals(input.unreadable());
        ProjectDetailsCheck.Found found = new ProjectDetailsCheck(scope, zones, projects, parcels)
                .check(signed, details, refusals);
        if (found.zoneOutsideScope()) {
            audit.recordSeparately(AuditEvent.outsideScope("project", details.code() == null ? ""
                    : details.code().value(), "registration in " + found.zone().name()));
        }
        LocalDate signedOn = signed.signedOn();
        if (signedOn != null && signedOn.isAfter(ChinaTime.today())) {
            refusals.rejectUnlessRefused("signedOn", "signedOn.future", signedOn.toString());
        }
        signed.plannedDates().check(signedOn, refusals);
        ProjectCode code = details.code();
        if (code != null && projects.findByCode(code).isPresent()) {
            refusals.rejectUnlessRefused("code", "projectCode.taken", code.value());
        }
        refusals.finish();

        Enterprise enterprise = enterprises.findByCreditCode(details.creditCode()).orElseGet(() -> {
            Enterprise created = new Enterprise(details.enterpriseName(), details.creditCode(), signed.contactPerson(),
                    signed.contactPhone());
            enterprises.add(created);
            return created;
        });
        Project project = Project.signed(new ProjectFacts(code, details.name(), enterprise, found.zone(),
                found.industry(), details.strategicEmerging(), details.industrial(), details.totalInvestment(),
                details.expectedAnnualOutput(), signed.plannedStartDate(), signed.plannedProductionDate()), signedOn,
                registeredBy);
        project.replan(signed.plannedDates());
        project.runUnder(details.reforms());
        projects.add(project);
        projects.flush();
        warnings.recount(project.id(), ChinaTime.today());
        registered.fire(ProjectRegistered.of(project));
        audit.record(AuditEvent.success(AuditAction.PROJECT_REGISTERED, "project", project.code().value()));
        return project;
    }
}
