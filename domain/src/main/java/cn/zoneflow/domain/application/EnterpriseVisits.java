package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import cn.zoneflow.domain.model.visit.VisitReport;
import cn.zoneflow.domain.model.visit.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * 入企服务: the zone's officers and managers and the project's leader in charge record their visits to its enterprise,
 * raising what the enterprise asked as a problem where they choose its category; whoever may read the project reads
 * them.
 */
@ApplicationScoped
@Transactional
public class EnterpriseVisits {

    @Inject
    private ProjectRepository projects;

    @Inject
    private VisitRepository visits;

    @Inject
    private AuditTrail audit;

    @Inject
    private ProjectProblems problems;

    /**
     * @throws java.util.NoSuchElementException when the project does not exist for the actor
     * @throws RoleRequiredException for a supervisor: they read visits, the zone and the leader make them
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong field; nothing is written
     */
    public EnterpriseVisit record(UserAccount actor, long projectId, ReadCommand<VisitReport> input) {
        Project project = projects.findFor(actor, projectId);
        if (!actor.role().visitsEnterprises()) {
            throw new RoleRequiredException(actor, Role.OFFICER);
        }
        VisitReport report = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(report, refusals);
        LocalDateTime now = ChinaTime.nowInChina();
        if (report.visitedOn() != null && report.visitedOn().isAfter(now.toLocalDate())) {
            refusals.rejectUnlessRefused(VisitReport.VISITED_ON, "visit.visitedOn.future",
                    report.visitedOn().toString());
        }
        Optional<ProblemCategory> category = Optional.ofNullable(report.problemCategory()).flatMap(problems::category);
        if (report.problemCategory() != null && category.isEmpty()) {
            refusals.reject(VisitReport.PROBLEM_CATEGORY, "problem.category.unknown", report.problemCategory());
        }
        refusals.finish();
        EnterpriseVisit visit = new EnterpriseVisit(project, report, actor, now);
        visits.add(visit);
        audit.record(AuditEvent.success(AuditAction.VISIT_RECORDED, "project", project.code().value())
                .withDetail(report.visitedOn().toString()));
        category.ifPresent(raisedAs -> problems.raiseOnVisit(actor, visit, raisedAs));
        return visit;
    }

    /**
     * A project's visits, the latest first.
     *
     * @throws java.util.NoSuchElementException when the project does not exist for the actor
     */
    public List<EnterpriseVisit> of(UserAccount actor, long projectId) {
        return visits.ofProject(projects.findFor(actor, projectId).id());
    }
}
