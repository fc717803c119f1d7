package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.enterprise.CreditCode;
import cn.zoneflow.domain.model.enterprise.Enterprise;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.project.ProjectFacts;
import cn.zoneflow.domain.model.project.ProjectReforms;
import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
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

    @Transactional
    public Project registerSigned(Scope scope, NewSignedProject input, String registeredBy) {
        InputReader reader = new InputReader();
        ProjectCode code = reader.required("code", input.code(), ProjectCode::of);
        String name = reader.text("name", input.name(), ProjectFacts.NAME_MAX_LENGTH, true);
        String enterpriseName = reader.text("enterpriseName", input.enterpriseName(), Enterprise.NAME_MAX_LENGTH, true);
        CreditCode creditCode = reader.required("creditCode", input.creditCode(), CreditCode::of);
        String contactPerson = reader.text("contactPerson", input.contactPerson(), PERSON_MAX_LENGTH, false);
        String contactPhone = reader.text("contactPhone", input.contactPhone(), PHONE_MAX_LENGTH, false);
        Zone zone = reader.required("zone", input.zone(), written -> zones.zoneCalled(written)
                .orElseThrow(() -> new InvalidValueException("zone.unknown", written)));
        if (zone != null && !scope.covers(zone)) {
            reader.reject("zone", "zone.outsideScope", input.zone());
            audit.recordSeparately(AuditEvent.outsideScope("project", input.code(), "registration in " + zone.name()));
        }
        Industry industry = reader.required("industry", input.industry(), written -> projects.industryCalled(written)
                .orElseThrow(() -> new InvalidValueException("industry.unknown", written)));
        boolean strategicEmerging = reader.flag("strategicEmerging", input.strategicEmerging());
        boolean industrial = reader.flag("industrial", input.industrial());
        Amount totalInvestment = reader.positiveAmount("totalInvestment", input.totalInvestment());
        Amount expectedOutput = reader.amount("expectedAnnualOutput", input.expectedAnnualOutput(), true);
        LocalDate plannedStart = reader.date("plannedStartDate", input.plannedStartDate(), false);
        LocalDate plannedProduction = reader.date("plannedProductionDate", input.plannedProductionDate(), false);
        LocalDate signedOn = reader.date("signedOn", input.signedOn(), true);
        if (signedOn != null && signedOn.isAfter(ChinaTime.today())) {
            reader.reject("signedOn", "signedOn.future", input.signedOn());
        }
        if (plannedStart != null && signedOn != null && plannedStart.isBefore(signedOn)) {
            reader.reject("plannedStartDate", "project.plannedStartDate.beforeSigning", input.plannedStartDate());
        }
        if (plannedStart != null && plannedProduction != null && plannedProduction.isBefore(plannedStart)) {
            reader.reject("plannedProductionDate", "project.plannedProductionDate.beforeStart",
                    input.plannedProductionDate());
        }
        boolean underCommitment = reader.flag("underCommitment", input.underCommitment());
        boolean fullAgency = reader.flag("fullAgency", input.fullAgency());
        String parcel = reader.text("landParcelCode", input.landParcelCode(), ProjectReforms.PARCEL_CODE_MAX_LENGTH,
                false);
        if (parcel != null && zone != null && !parcels.registeredIn(parcel, zone)) {
            reader.reject("landParcelCode", "landParcel.unknown", parcel);
        }
        if (code != null && projects.findByCode(code).isPresent()) {
            reader.reject("code", "projectCode.taken", input.code());
        }
        reader.finish();

        Enterprise enterprise = enterprises.findByCreditCode(creditCode).orElseGet(() -> {
            Enterprise created = new Enterprise(enterpriseName, creditCode, contactPerson, contactPhone);
            enterprises.add(created);
            return created;
        });
        Project project = Project.signed(new ProjectFacts(code, name, enterprise, zone, industry, strategicEmerging,
                industrial, totalInvestment, expectedOutput, plannedStart, plannedProduction), signedOn, registeredBy);
        project.runUnder(new ProjectReforms(underCommitment, fullAgency, parcel));
        projects.add(project);
        projects.flush();
        registered.fire(ProjectRegistered.of(project));
        audit.record(AuditEvent.success(AuditAction.PROJECT_REGISTERED, "project", project.code().value()));
        return project;
    }
}
