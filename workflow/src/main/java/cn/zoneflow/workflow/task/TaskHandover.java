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
import java.util.List;
import org.camunda.bpm.engine.TaskService;

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
            taskService.setAssignee(task.taskId(), handover.to().username());
            audit.record(AuditEvent.success(AuditAction.TASK_HANDED_OVER, TaskAudit.OBJECT_TYPE,
                    task.project().code().value()).withDetail(task.taskType() + " " + task.taskId() + " from "
                    + handover.from().username() + " to " + handover.to().username()));
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

    /** An officer or manager of the zone and the number of open tasks they hold. */
    public record Colleague(String username, String displayName, Role role, boolean enabled, long holding) {
    }

    private static String nameOf(String written) {
        return written == null ? "" : written.strip();
    }
}
