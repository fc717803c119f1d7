package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.AttachedStep;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSubmittedException;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.processes.ProcedureHandling;
import cn.zoneflow.processes.ProjectLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The evidence of a step (材料): files attached at an open task the user may work on, seen by every later step of the
 * same case — the approver sees the request's files, the notice's issuer the answer's — and removable, when
 * uploaded by mistake, until the step is submitted. The project's lifecycle spans every stage, so there a step
 * sees what was attached while the project stood where it stands now: a returned request keeps its earlier files.
 */
@ApplicationScoped
@Transactional
public class StepDocuments {

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private DocumentService documents;

    /**
     * @throws NoSuchElementException when the task is not open for the actor
     * @throws TaskTakenException when someone else holds it
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code file} for a file refused
     */
    public Document attach(Actor actor, Scope scope, String taskId, String fileName, byte[] content) {
        Task task = workable(actor, taskId);
        Object procedureCode = taskService.getVariable(taskId, ProcedureHandling.Variables.PROCEDURE_CODE);
        return documents.attachAtStep(scope, projectOf(task), new AttachedStep(taskId, task.getTaskDefinitionKey(),
                task.getProcessInstanceId()), (String) procedureCode, fileName, content, actor.username());
    }

    /**
     * The evidence the task's case holds so far, newest first; a procedure's steps also see the files its project
     * was given for that procedure outside any step (over the API).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> of(Actor actor, Scope scope, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        TaskSummary summary = inbox.summaries(List.of(task)).get(0);
        Object procedureCode = taskService.getVariable(taskId, ProcedureHandling.Variables.PROCEDURE_CODE);
        if (procedureCode != null) {
            return documents.materialsOf(summary.projectId(), (String) procedureCode);
        }
        Optional<Stage> stage = isLifecycle(task) ? Optional.of(summary.projectStage()) : Optional.empty();
        return documents.evidenceOf(scope, summary.projectId(), task.getProcessInstanceId(), stage);
    }

    /**
     * @throws NoSuchElementException when the document is not within the scope, or its step is not the actor's
     * @throws DocumentSubmittedException when its step was submitted, or it was attached at none
     * @throws TaskTakenException when someone else holds its step
     */
    public void remove(Actor actor, Scope scope, long documentId) {
        Document document = documents.find(scope, documentId);
        AttachedStep at = document.attachedAt()
                .orElseThrow(() -> new DocumentSubmittedException(document.fileName()));
        try {
            workable(actor, at.taskId());
        } catch (TaskAlreadyCompletedException submitted) {
            throw new DocumentSubmittedException(document.fileName());
        }
        documents.remove(scope, documentId);
    }

    private Task workable(Actor actor, String taskId) {
        Task task = inbox.visibleTask(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.username())) {
            throw new TaskTakenException(taskId, task.getAssignee());
        }
        return task;
    }

    private long projectOf(Task task) {
        return (Long) taskService.getVariable(task.getId(), ProjectLifecycle.Variables.PROJECT_ID);
    }

    private static boolean isLifecycle(Task task) {
        return task.getProcessDefinitionId().startsWith(ProjectLifecycle.PROCESS_KEY + ":");
    }
}
