package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    /** Records the action in the current transaction, before the task is completed and gone from the runtime. */
    void record(AuditAction action, Task task) {
        trail.record(AuditEvent.success(action, OBJECT_TYPE, projectCodeOf(task)).withDetail(stepOf(task)));
    }

    /**
     * Records that the step failed, with the kind of failure, in a transaction of its own: the step's transaction is
     * being rolled back and can neither read nor keep anything.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailed(AuditAction action, Task task, RuntimeException failure) {
        trail.record(new AuditEvent(action, OBJECT_TYPE, projectCodeOf(task), AuditResult.FAILURE,
                stepOf(task) + ": " + failure.getClass().getSimpleName()));
    }

    private String projectCodeOf(Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    private static String stepOf(Task task) {
        return task.getTaskDefinitionKey() + " " + task.getId();
    }
}
