package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.AuditTrail;
import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.audit.AuditResult;
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
                stepOf(task) + ": " + failure.getClass().getSimpleName())));
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

    private static String stepOf(Task task) {
        return task.getTaskDefinitionKey() + " " + task.getId();
    }
}
