package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Records the action in the current transaction, before the task is completed and gone from the runtime. */
    void record(AuditAction action, Task task) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        trail.record(AuditEvent.success(action, OBJECT_TYPE, instance == null ? null : instance.getBusinessKey())
                .withDetail(task.getTaskDefinitionKey() + " " + task.getId()));
    }
}
