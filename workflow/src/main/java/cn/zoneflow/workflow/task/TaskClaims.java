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
     * @throws TaskAlreadyClaimedException when someone else took it first
     */
    public void claim(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        if (actor.username().equals(task.getAssignee())) {
            return;
        }
        identity.as(actor, () -> taskService.claim(task.getId(), actor.username()));
        audit.record(AuditAction.TASK_CLAIMED, task);
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
