package cn.zoneflow.workflow.task;

import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Completes any kind of task from the fields a form or an API client sends, checked exactly as the screens check
 * them. Also tells a client which fields each step needs.
 */
@ApplicationScoped
public class TaskCompletion {

    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    /** A field a step needs: its name, kind (text or choice), whether required and the choices. */
    public record FormField(String name, String type, boolean required, List<String> choices) {
    }

    @Inject
    private StageMoveTasks stageMoves;

    @Inject
    private TaskInbox inbox;

    public List<FormField> fieldsOf(String step) {
        return switch (step) {
            case Activities.REQUEST_STAGE_MOVE -> List.of(new FormField(Variables.EVIDENCE, "text", true, List.of()));
            case Activities.APPROVE_STAGE_MOVE -> List.of(
                    new FormField(DECISION, "choice", true, List.of(APPROVE, RETURN)),
                    new FormField(Variables.RETURN_REASON, "text", false, List.of()));
            default -> List.of();
        };
    }

    public void complete(Actor actor, String taskId, Map<String, String> fields) {
        String step = inbox.visibleTask(actor, taskId).getTaskDefinitionKey();
        switch (step) {
            case Activities.REQUEST_STAGE_MOVE -> stageMoves.request(actor, taskId, fields.get(Variables.EVIDENCE));
            case Activities.APPROVE_STAGE_MOVE -> decide(actor, taskId, fields);
            default -> throw new TaskInputException("task", "task.wrongStep");
        }
    }

    private void decide(Actor actor, String taskId, Map<String, String> fields) {
        String decision = fields.get(DECISION);
        if (APPROVE.equals(decision)) {
            stageMoves.approve(actor, taskId);
        } else if (RETURN.equals(decision)) {
            stageMoves.returnWithReason(actor, taskId, fields.get(Variables.RETURN_REASON));
        } else {
            throw new TaskInputException(DECISION, decision == null ? "task.field.required" : "task.decision.unknown");
        }
    }
}
