package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.application.SupervisionService;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.supervision.SupervisionNotice;
import cn.zoneflow.processes.SupervisionNoticeProcess.Activities;
import cn.zoneflow.processes.SupervisionNoticeProcess.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.StepForm;
import cn.zoneflow.workflow.task.StepHome;
import cn.zoneflow.workflow.task.TaskAudit;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Working on 督办: the zone answers a notice in writing, and a supervisor records how they followed up one that was
 * left unanswered. Each in one transaction with the notice itself.
 */
@ApplicationScoped
@Transactional
public class NoticeTasks implements StepHome {

    public static final String ANSWER = "answer";
    public static final String NOTE = "note";

    private static final Steps STEPS = new Steps(60, List.of(
            new StepForm(Activities.ANSWER_NOTICE, "/task/notice", List.of(StepForm.Field.text(ANSWER, true))),
            new StepForm(Activities.FOLLOW_UP_NOTICE, "/task/notice", List.of(StepForm.Field.text(NOTE, true)))));

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private TaskAudit audit;

    @Inject
    private TaskSteps steps;

    @Inject
    private SupervisionService supervision;

    /** The notice a task is about. */
    public SupervisionNotice noticeOf(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        return supervision.notice((Long) taskService.getVariable(task.getId(), Variables.NOTICE_ID));
    }

    /**
     * 答复督办.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code answer} when it is missing
     */
    public void answer(Actor actor, String taskId, String answer) {
        Task task = steps.take(actor, taskId, Activities.ANSWER_NOTICE);
        supervision.answer((Long) taskService.getVariable(task.getId(), Variables.NOTICE_ID), answer,
                actor.username());
        steps.inEngine(actor, task, AuditAction.NOTICE_ANSWERED, () -> taskService.complete(task.getId()));
    }

    /** 跟进逾期督办: what the supervisor did about the unanswered notice. */
    public void followedUp(Actor actor, String taskId, String note) {
        Task task = steps.take(actor, taskId, Activities.FOLLOW_UP_NOTICE);
        String checked = TaskSteps.requiredText("note", note);
        audit.record(AuditAction.NOTICE_FOLLOWED_UP, task);
        steps.inEngine(actor, task, AuditAction.NOTICE_FOLLOWED_UP, () -> {
            taskService.createComment(task.getId(), task.getProcessInstanceId(), checked);
            taskService.complete(task.getId());
        });
    }

    @Override
    public Steps steps() {
        return STEPS;
    }

    @Override
    public void complete(Actor actor, String taskId, String taskKey, Map<String, String> fields) {
        if (Activities.ANSWER_NOTICE.equals(taskKey)) {
            answer(actor, taskId, fields.get(ANSWER));
        } else {
            followedUp(actor, taskId, fields.get(NOTE));
        }
    }
}
