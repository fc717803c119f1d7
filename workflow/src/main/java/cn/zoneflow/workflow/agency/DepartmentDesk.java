package cn.zoneflow.workflow.agency;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.processes.ProcedureHandling.Activities;
import cn.zoneflow.processes.ProcedureHandling.Variables;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskPage;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * 部门审批, the desk of an issuing department that takes part in 部门联动审批: the procedures submitted to it, each with
 * its project, its terms and the materials the zone collected, and its answer — approved under an approval number,
 * or returned for correction with the reason. A department's user sees nothing else of the zones' work: another
 * task's id is not theirs, whatever it is.
 */
@ApplicationScoped
@Transactional
public class DepartmentDesk {

    /** One procedure submitted to the department, as its user decides it. */
    public record Submission(TaskSummary task, ProjectProcedure procedure, List<DocumentSummary> materials) {
    }

    @Inject
    private TaskInbox inbox;

    @Inject
    private TaskService taskService;

    @Inject
    private AgencyService agency;

    @Inject
    private DocumentService documents;

    @Inject
    private ProcedureTasks procedures;

    /** The procedures waiting for the department's answer, the earliest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskPage waiting(Actor actor, int page, int size) {
        return inbox.page(actor, new TaskFilter(null, Activities.DEPARTMENT_ANSWER, null), page, size);
    }

    /**
     * @throws NoSuchElementException when the task is not one of the department's procedures waiting for its answer
     * @throws cn.zoneflow.workflow.task.TaskAlreadyCompletedException when the department answered it already
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Submission submission(Actor actor, String taskId) {
        Task task = answerStep(actor, taskId);
        TaskSummary summary = inbox.summaries(List.of(task)).get(0);
        String code = (String) taskService.getVariable(taskId, Variables.PROCEDURE_CODE);
        return new Submission(summary, agency.procedure(summary.projectId(), code),
                documents.materialsOf(summary.projectId(), code));
    }

    /**
     * One of the submission's materials, to read.
     *
     * @throws NoSuchElementException when the task is not the department's or the document not among its materials
     */
    public Document material(Actor actor, String taskId, long documentId) {
        TaskSummary summary = inbox.summaries(List.of(answerStep(actor, taskId))).get(0);
        return documents.openMaterial(summary.projectId(),
                (String) taskService.getVariable(taskId, Variables.PROCEDURE_CODE), documentId);
    }

    /**
     * The department's answer: {@code decision} {@code approve} with the {@code approvalNumber} (准予), or
     * {@code return} with the {@code correctionReason} (退回补正), which sends the zone back to collecting materials.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each missing or wrong field; the procedure
     *     waits unchanged
     */
    public void answer(Actor actor, String taskId, Map<String, String> fields) {
        answerStep(actor, taskId);
        procedures.complete(actor, taskId, Activities.DEPARTMENT_ANSWER, fields);
    }

    private Task answerStep(Actor actor, String taskId) {
        return inbox.visibleStep(actor, taskId, Activities.DEPARTMENT_ANSWER);
    }
}
