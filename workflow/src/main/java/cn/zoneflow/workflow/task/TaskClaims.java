package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.audit.AuditAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/** Taking a group's task for oneself (认领) and giving it back. */
@ApplicationScoped
@Transactional
public class TaskClaims {

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private EngineIdentity identity;

    @Inject
    private TaskAudit audit;

    /**
     * Takes the task; taking one's own task again changes nothing and records nothing.
     *
     * @throws TaskTakenException when someone else took it first
     */
    public void claim(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        claimAs(identity, taskService, actor, task);
        audit.record(AuditAction.TASK_CLAIMED, task);
    }

    /** The engine's claim, its refusal told as ZoneFlow's own: the user interface need not know the engine. */
    static void claimAs(EngineIdentity identity, TaskService taskService, Actor actor, Task task) {
        try {
            identity.as(actor, () -> taskService.claim(task.getId(), actor.username()));
        } catch (TaskAlreadyClaimedException e) {
            throw new TaskTakenException(task.getId(), e.getTaskAssignee());
        }
    }

    /**
     * Gives one's own task back to the group; only its assignee may, and only a task that came from a group: one
     * given to them by name (a procedure, a commitment, a notice's answer) would belong to nobody's inbox.
     */
    public void unclaim(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        if (!actor.username().equals(task.getAssignee())) {
            throw new TaskInputException("assignee", "task.notYours");
        }
        boolean fromGroup = taskService.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        if (!fromGroup) {
            throw new TaskInputException("assignee", "task.givenByName");
        }
        identity.as(actor, () -> taskService.setAssignee(task.getId(), null));
        audit.record(AuditAction.TASK_UNCLAIMED, task);
    }
}
