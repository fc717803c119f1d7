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
 * revised (its stage only ever moves through approvals); the same file imported twice changes nothing. The workflows
 * of at most {@link #WORKFLOW_BATCH} new projects start with the import, so its officer finds their tasks at once;
 * those of a larger import start right after it, {@link ImportedBatch a batch} at a time, each in a job of its own.
 */
@ApplicationScoped
public class ProjectImport {

    public static final int WORKFLOW_BATCH = 200;

    private ProjectRepository projects;
    private EnterpriseRepository enterprises;
    private ZoneRepository zones;
    private ActivityRepository activities;
    private LandParcelRepository parcels;
    private PlanVersionRepository plans;
    private Event<ProjectRegistered> registered;
    private Event<PlansImported> plansImported;
    private Event<ImportedBatch> batches;
    private AuditTrail audit;

    ProjectImport() {
    }

    @Inject
    public ProjectImport(ProjectRepository projects, EnterpriseRepository enterprises, ZoneRepository zones,
            ActivityRepository activities, LandParcelRepository parcels, PlanVersionRepository plans,
            Event<ProjectRegistered> registered, Event<PlansImported> plansImported, Event<ImportedBatch> batches,
            AuditTrail audit) {
        this.projects = projects;
        this.enterprises = enterprises;
        this.zones = zones;
        this.activities = activities;
        this.parcels = parcels;
        this.plans = plans;
        this.registered = registered;
        this.plansImported = plansImported;
        this.batches = batches;
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
        run.checkAll(table.lines());
        run.refuseIfWrong();
        ImportRun.Counter counter = new ImportRun.Counter();
        List<Project> created = run.write(counter);
        if (created.size() <= WORKFLOW_BATCH) {
            created.forEach(project -> registered.fire(ProjectRegistered.of(project)));
        } else {
            List<Long> ids = created.stream().map(Project::id).toList();
            for (int from = 0; from < ids.size(); from += WORKFLOW_BATCH) {
                batches.fire(new ImportedBatch(ids.subList(from, Math.min(ids.size(), from + WORKFLOW_BATCH))));
            }
        }
        if (!run.replanned().isEmpty()) {
            plansImported.fire(new PlansImported(run.replanned()));
        }
        return counter.outcome(headers.ignored(), created.size() > WORKFLOW_BATCH);
    }

    /** Starts the workflows of a batch of imported projects, as if each had been registered now. */
    @Transactional
    public void startWorkflows(ImportedBatch batch) {
        batch.projectIds().forEach(id -> registered.fire(ProjectRegistered.of(projects.find(id).orElseThrow())));
    }
}
