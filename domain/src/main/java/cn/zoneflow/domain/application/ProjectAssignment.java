package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * A zone's manager puts a leader in charge of a project (包联领导) and grades a project in reserve. The change is
 * made against the version the manager read: one made meanwhile by someone else refuses it.
 */
@ApplicationScoped
@Transactional
public class ProjectAssignment {

    @Inject
    private ProjectRepository projects;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private AuditTrail audit;

    /**
     * @throws java.util.NoSuchElementException when the project is not within the scope
     * @throws OptimisticLockException when the project changed since the version the change was made against
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming the wrong field; nothing is written
     */
    public Project assign(Scope scope, long projectId, ReadCommand<AssignmentChange> input, String assignedBy) {
        Project project = projects.findWithin(scope, projectId);
        AssignmentChange change = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(change, refusals);
        if (change.version() != null && project.version() != change.version()) {
            throw new OptimisticLockException("project " + projectId + " changed since version "
                    + change.version());
        }
        ReserveTier tier = change.reserveTier();
        if (tier != null && project.stage() != Stage.RESERVE) {
            refusals.reject(AssignmentChange.RESERVE_TIER, "reserveTier.notInReserve", tier.name());
        } else if (tier != null) {
            Set<ReserveCriterion> missing = project.missingFor(tier);
            if (!missing.isEmpty()) {
                refusals.reject(AssignmentChange.RESERVE_TIER, "reserveTier.criteriaMissing",
                        ReserveCriterion.listed(missing));
            }
        }
        UserAccount leader = leaderOf(project, change, refusals);
        refusals.finish();
        project.assign(change.leaderInCharge(), leader);
        if (project.stage() == Stage.RESERVE) {
            project.grade(tier, ChinaTime.today(), assignedBy);
        }
        // the answer carries the version the next edit is made against
        projects.flush();
        audit.record(AuditEvent.success(AuditAction.PROJECT_ASSIGNED, "project", project.code().value()));
        return project;
    }

    /**
     * The leader's account named, refused unless it may lead the project; whether the account does not exist or is
     * not a leader over the project's zone is not told apart, so the refusal tells nothing about other accounts.
     */
    private UserAccount leaderOf(Project project, AssignmentChange change, Refusals refusals) {
        if (change.leaderAccount() == null) {
            return null;
        }
        UserAccount leader = accounts.findByUsername(change.leaderAccount()).filter(project::mayBeLedBy).orElse(null);
        if (leader == null) {
            refusals.rejectUnlessRefused(AssignmentChange.LEADER_ACCOUNT, "leaderAccount.notALeader",
                    change.leaderAccount());
        } else if (change.leaderInCharge() != null && !change.leaderInCharge().equals(leader.displayName())) {
            refusals.rejectUnlessRefused(AssignmentChange.LEADER_IN_CHARGE, "leaderInCharge.notTheAccounts",
                    change.leaderInCharge());
        }
        return leader;
    }
}
