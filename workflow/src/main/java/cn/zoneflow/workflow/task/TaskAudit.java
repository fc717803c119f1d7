package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Records work on a task in the audit trail under the project it belongs to, with the task's id and step. */
@ApplicationScoped
public class TaskAudit {

    static final String OBJECT_TYPE = "project";

    @Inject
    private AuditTrail trail;

    @Inject
    private RuntimeService runtimeService;

    @Inject
    private Event<StepFailed> failures;

    /** Records the action in the current transaction, before the task is completed and gone from the runtime. */
    public void record(AuditAction action, Task task) {
        trail.record(AuditEvent.success(action, OBJECT_TYPE, projectCodeOf(task)).withDetail(stepOf(task)));
    }

    /**
     * Records that the step failed, with the kind of failure, once the step's transaction has rolled back: until
     * then it holds the audit chain's head (entries it wrote before failing), which a separate entry needs.
     *
     * @param projectCode the project's code, read before the step ran
     */
    void recordFailedAfterRollback(AuditAction action, String projectCode, Task task, RuntimeException failure) {
        failures.fire(new StepFailed(new AuditEvent(action, OBJECT_TYPE, projectCode, AuditResult.FAILURE,
                stepOf(task) + "：" + reasonOf(failure))));
    }

    void recordFailure(@Observes(during = TransactionPhase.AFTER_FAILURE) StepFailed failed) {
        trail.recordSeparately(failed.entry());
    }

    /** A step's failure, to be audited after its rollback. */
    record StepFailed(AuditEvent entry) {
    }

    String projectCodeOf(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** The step by the name users see in their inbox, with the task's number to find it in the engine. */
    private static String stepOf(Task task) {
        String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
        return name + "（" + task.getId() + "）";
    }

    /** Why the step failed, in the trail's words: the auditor reads what happened, not which class threw. */
    static String reasonOf(RuntimeException failure) {
        if (failure instanceof TaskChangedMeanwhileException) {
            return "他人已先行处理，本次未生效";
        }
        if (failure instanceof TaskInputException || failure instanceof InvalidInputException) {
            return "填写有误，未提交";
        }
        return "系统未能完成该步骤，已回滚";
    }
}
