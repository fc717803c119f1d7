package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.task.OpenTaskCriteria;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.domain.model.task.TaskSort;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.user.UserAccountRepository;
import cn.zoneflow.domain.model.user.WorkHandover;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * 移交在办事项: a zone's manager passes everything one colleague holds to another, each task audited with the
 * project it is about, as if the taker had claimed it.
 */
@ApplicationScoped
public class TaskHandover {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OpenTaskRepository openTasks;

    @Inject
    private TaskService taskService;

    @Inject
    private TaskInbox inbox;

    @Inject
    private AuditTrail audit;

    /**
     * @return how many tasks changed hands
     * @throws cn.zoneflow.domain.model.user.RoleRequiredException unless the manager is a zone's manager
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code from} or {@code to} when either
     *     is no fit colleague ({@link WorkHandover})
     */
    @Transactional
    public int handOver(UserAccount manager, String from, String to) {
        WorkHandover handover = WorkHandover.decidedBy(manager, from, accounts.findByUsername(nameOf(from)), to,
                accounts.findByUsername(nameOf(to)));
        OpenTaskCriteria held = OpenTaskCriteria.ownedBy(handover.from().username(), ChinaTime.today());
        List<OpenTask> tasks = openTasks.list(held, TaskSort.DUE, false, (int) openTasks.count(held));
        for (OpenTask task : tasks) {
            passOn(task, handover);
        }
        return tasks.size();
    }

    /**
     * The officers and managers of the manager's zone, each with how many tasks they hold, for choosing whose work
     * passes to whom.
     *
     * @throws cn.zoneflow.domain.model.user.RoleRequiredException unless the manager is a zone's manager
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Colleague> colleagues(UserAccount manager) {
        RoleRequiredException.check(manager, Role.MANAGER);
        return accounts.inZone(manager.zone(), Role.OFFICER, Role.MANAGER).stream()
                .map(account -> new Colleague(account.username(), account.displayName(), account.role(),
                        account.isEnabled(), openTasks.count(OpenTaskCriteria.ownedBy(account.username(),
                                ChinaTime.today()))))
                .toList();
    }

    /**
     * 转交: the giver passes the ticked tasks to a colleague doing the same work, each audited as above. A task the
     * giver cannot act on any more (someone else took or completed it) or the taker could not work on (offered to a
     * group the taker is not in) stays where it is and is counted as missed.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code to} when the taker is no colleague
     *     doing the same work ({@link WorkHandover#passedBy})
     */
    @Transactional
    public Passed pass(UserAccount giver, Collection<String> taskIds, String to) {
        WorkHandover handover = WorkHandover.passedBy(giver, to, accounts.findByUsername(nameOf(to)));
        Actor giving = Actor.of(giver);
        List<String> takersGroups = Actor.of(handover.to()).groups();
        int passed = 0;
        for (String taskId : taskIds) {
            Optional<OpenTask> task = workable(giving, taskId).flatMap(found -> openTasks.find(taskId))
                    .filter(line -> line.candidateGroup() == null || takersGroups.contains(line.candidateGroup()));
            if (task.isPresent()) {
                passOn(task.get(), handover);
                passed++;
            }
        }
        return new Passed(passed, taskIds.size() - passed);
    }

    /** The accounts the giver may pass work to, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> takersFor(UserAccount giver) {
        return accounts.all().stream().filter(account -> WorkHandover.canTake(giver, account))
                .sorted(Comparator.comparing(UserAccount::username)).toList();
    }

    /** How many of the ticked tasks changed hands, and how many stayed. */
    public record Passed(int passed, int missed) {
    }

    private void passOn(OpenTask task, WorkHandover handover) {
        taskService.setAssignee(task.taskId(), handover.to().username());
        audit.record(AuditEvent.success(AuditAction.TASK_HANDED_OVER, TaskAudit.OBJECT_TYPE,
                task.project().code().value()).withDetail(task.taskType() + " " + task.taskId() + " from "
                + handover.from().username() + " to " + handover.to().username()));
    }

    /** The open task if the actor may work on it: theirs, or their group's and held by nobody. */
    private Optional<Task> workable(Actor actor, String taskId) {
        return inbox.findVisibleTask(actor, taskId)
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(actor.username()));
    }

    /** An officer or manager of the zone and the number of open tasks they hold. */
    public record Colleague(String username, String displayName, Role role, boolean enabled, long holding) {
    }

    private static String nameOf(String written) {
        return written == null ? "" : written.strip();
    }
}
