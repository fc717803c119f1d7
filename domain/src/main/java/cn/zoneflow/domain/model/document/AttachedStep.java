package cn.zoneflow.domain.model.document;

import java.util.Objects;

/**
 * The step of a project's work a document was attached at, as evidence: the task, the kind of step, and the case
 * the step belongs to (one procedure, one notice, the agency or the commitment, the project's lifecycle), which
 * every later step of that case sees.
 */
public record AttachedStep(String taskId, String step, String caseId) {

    public AttachedStep {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(caseId, "caseId");
    }
}
