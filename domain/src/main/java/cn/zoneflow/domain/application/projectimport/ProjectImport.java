package cn.zoneflow.domain.application.projectimport;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.activity.ActivityRepository;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.enterprise.EnterpriseRepository;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.plan.PlansImported;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRegistered;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Imports a zone's own project list in the template's columns, all or nothing: keyed on the project code, a new
 * project is created at the stage it has reached with its dates and its workflow started there; a known one is
 * revised (its stage only ever moves through approvals); the same file imported twice changes nothing.
 */
@ApplicationScoped
public class ProjectImport {

    private ProjectRepository projects;
    private EnterpriseRepository enterprises;
    private ZoneRepository zones;
    private ActivityRepository activities;
    private LandParcelRepository parcels;
    private PlanVersionRepository plans;
    private Event<ProjectRegistered> registered;
    private Event<PlansImported> plansImported;
    private AuditTrail audit;

    ProjectImport() {
    }

    @Inject
    public ProjectImport(ProjectRepository projects, EnterpriseRepository enterprises, ZoneRepository zones,
            ActivityRepository activities, LandParcelRepository parcels, PlanVersionRepository plans,
            Event<ProjectRegistered> registered, Event<PlansImported> plansImported, AuditTrail audit) {
        this.projects = projects;
        this.enterprises = enterprises;
        this.zones = zones;
        this.activities = activities;
        this.parcels = parcels;
        this.plans = plans;
        this.registered = registered;
        this.plansImported = plansImported;
        this.audit = audit;
    }

    /**
     * @throws ImportRefusedException when the file or any line is wrong; then nothing was written
     */
    @Transactional
    public ImportOutcome importFile(Scope scope, byte[] content, String importedBy) {
        try {
            ImportOutcome outcome = importChecked(scope, content, importedBy);
            audit.record(AuditEvent.success(AuditAction.PROJECT_IMPORT, "file", content.length + " bytes")
                    .withDetail(outcome.created() + " created, " + outcome.updated() + " updated, "
                            + outcome.unchanged() + " unchanged"));
            return outcome;
        } catch (ImportRefusedException refused) {
            audit.recordSeparately(new AuditEvent(AuditAction.PROJECT_IMPORT, "file", content.length + " bytes",
                    AuditResult.FAILURE, refused.getMessage()));
            throw refused;
        }
    }

    private ImportOutcome importChecked(Scope scope, byte[] content, String importedBy) {
        ImportTable table = ImportFiles.read(content);
        ImportHeaders.Found headers = ImportHeaders.check(table.headers());
        if (table.lines().isEmpty()) {
            throw ImportRefusedException.file("import.file.noLines");
        }
        ImportRun run = new ImportRun(scope, importedBy, ChinaTime.nowInChina(), headers.columns(), projects,
                enterprises, zones, activities, parcels, plans);
        table.lines().forEach(run::check);
        run.refuseIfWrong();
        ImportRun.Counter counter = new ImportRun.Counter();
        for (Project project : run.write(counter)) {
            registered.fire(ProjectRegistered.of(project));
        }
        if (!run.replanned().isEmpty()) {
            plansImported.fire(new PlansImported(run.replanned()));
        }
        return counter.outcome(headers.ignored());
    }
}
