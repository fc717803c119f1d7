package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.plan.PlanChangeProposed;
import cn.zoneflow.domain.model.plan.PlanProposal;
import cn.zoneflow.domain.model.plan.PlanVersion;
import cn.zoneflow.domain.model.plan.PlanVersionRepository;
import cn.zoneflow.domain.model.plan.ProjectPlan;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * 项目计划: the zone enters a project's plan; what only fills open dates or years takes effect at once, a change to
 * an approved value (调整计划) waits for the zone manager's approval task. Whatever takes effect becomes the planned
 * dates the project carries and is judged by at once; every version is kept and audited.
 */
@ApplicationScoped
@Transactional
public class ProjectPlans {

    @Inject
    private ProjectRepository projects;

    @Inject
    private PlanVersionRepository versions;

    @Inject
    private ProjectWarnings warnings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PlanChangeProposed> proposed;

    /**
     * @throws java.util.NoSuchElementException when the project is not within the scope
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectPlan planOf(Scope scope, long projectId) {
        return planOf(projects.findWithin(scope, projectId));
    }

    /** The plan of a project the caller may already see (a task about it is visible to them). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectPlan planOf(long projectId) {
        return planOf(projects.find(projectId).orElseThrow());
    }

    /** The plan of a project the caller already holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectPlan planOf(Project project) {
        return project.plan(versions.of(project.id()));
    }

    /**
     * @return the version entered: approved when it took effect, proposed when it waits for the manager
     * @throws java.util.NoSuchElementException when the project is not within the scope
     * @throws cn.zoneflow.domain.model.plan.PlanChangePendingException while an earlier change waits
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public PlanVersion enter(Scope scope, long projectId, ReadCommand<PlanProposal> input, String enteredBy) {
        Project project = projects.findWithin(scope, projectId);
        Refusals refusals = new Refusals(input.unreadable());
        if (project.stage() == Stage.RESERVE) {
            refusals.reject("plan", "plan.notSigned", project.code().value());
        }
        CommandCheck.check(input.command(), refusals);
        ProjectPlan.Entered entered = planOf(project).enter(input.command(), refusals, enteredBy,
                ChinaTime.nowInChina());
        entered.added().forEach(versions::add);
        PlanVersion version = entered.proposal();
        if (entered.takesEffect()) {
            takeEffect(project, version);
            audit.record(AuditEvent.success(AuditAction.PLAN_ENTERED, "project", project.code().value())
                    .withDetail("version " + version.number()));
        } else {
            versions.flush();
            proposed.fire(new PlanChangeProposed(project.id(), project.code().value(), project.zone().id(),
                    version.id()));
            audit.record(AuditEvent.success(AuditAction.PLAN_CHANGE_PROPOSED, "project", project.code().value())
                    .withDetail("version " + version.number() + " — " + version.reason()));
        }
        return version;
    }

    /**
     * The zone manager approves the change waiting on the project: it becomes the plan the project is judged by. The
     * approval step audits the decision.
     */
    public PlanVersion approve(long projectId, String approvedBy) {
        Project project = projects.find(projectId).orElseThrow();
        PlanVersion version = planOf(project).approve(approvedBy, ChinaTime.nowInChina());
        takeEffect(project, version);
        return version;
    }

    /** The zone manager returns the change with the reason (checked by the step); the plan before it stays. */
    public PlanVersion returnChange(long projectId, String checked, String returnedBy) {
        Project project = projects.find(projectId).orElseThrow();
        return planOf(project).returnChange(checked, returnedBy, ChinaTime.nowInChina());
    }

    private void takeEffect(Project project, PlanVersion version) {
        project.replan(version.dates());
        versions.flush();
        warnings.recount(project.id(), ChinaTime.today());
    }
}
