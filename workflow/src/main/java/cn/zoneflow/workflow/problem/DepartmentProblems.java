package cn.zoneflow.workflow.problem;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.AttachedStep;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.processes.ProblemProcess.Activities;
import cn.zoneflow.workflow.task.Actor;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskPage;
import cn.zoneflow.workflow.task.TaskSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.task.Task;

/**
 * 部门办理答复, the problems the zones gave a city department that works in ZoneFlow: each with its project, its way
 * so far and its files, the files the department adds (its 复函) and its written answer, which its raiser then confirms. A department's user sees
 * only the problems given to it; another task's id is not theirs, whatever it is.
 */
@ApplicationScoped
@Transactional
public class DepartmentProblems {

    /** The page a department's user answers a problem on. */
    static final String PAGE = "/portal/department/problem";

    /** One problem given to the department, as its user answers it. */
    public record GivenProblem(TaskSummary task, ProjectProblem problem, List<DocumentSummary> files) {
    }

    @Inject
    private TaskInbox inbox;

    @Inject
    private ProblemTasks problemTasks;

    @Inject
    private DocumentService documents;

    /** The problems waiting for the department's answer, the earliest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskPage waiting(Actor actor, int page, int size) {
        return inbox.page(actor, new TaskFilter(null, Activities.ANSWER_PROBLEM_IN_DEPARTMENT, null), page, size);
    }

    /**
     * @throws NoSuchElementException when the task is not one of the department's problems waiting for its answer
     * @throws cn.zoneflow.workflow.task.TaskAlreadyCompletedException when the department answered it already
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GivenProblem problem(Actor actor, String taskId) {
        Task task = answerStep(actor, taskId);
        return new GivenProblem(inbox.summaries(List.of(task)).get(0), problemTasks.problemOf(actor, taskId),
                documents.filesOfCase(task.getProcessInstanceId()));
    }

    /**
     * One of the problem's files, to read.
     *
     * @throws NoSuchElementException when the task is not the department's or the document not among its files
     */
    public Document file(Actor actor, String taskId, long documentId) {
        return documents.openOfCase(answerStep(actor, taskId).getProcessInstanceId(), documentId);
    }

    /**
     * A file the department attaches while it answers, such as its 复函; the problem keeps it with the step.
     *
     * @throws NoSuchElementException when the task is not one of the department's problems waiting for its answer
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code file} for a file refused
     */
    public Document attach(Actor actor, String taskId, String fileName, byte[] content) {
        Task task = answerStep(actor, taskId);
        return documents.attachAtHeldStep(inbox.summaries(List.of(task)).get(0).projectId(),
                new AttachedStep(taskId, task.getTaskDefinitionKey(), task.getProcessInstanceId()), fileName,
                content, actor.username());
    }

    /**
     * Removes a file the department attached by mistake while it answers; the zone's and the raiser's files stay.
     *
     * @throws NoSuchElementException when the task is not the department's or the file not attached at it
     */
    public void remove(Actor actor, String taskId, long documentId) {
        answerStep(actor, taskId);
        documents.removeAtStep(taskId, documentId);
    }

    /**
     * The department's written answer; the problem goes to whoever raised it to confirm.
     *
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code answer} when it is missing
     */
    public void answer(Actor actor, String taskId, String answer) {
        answerStep(actor, taskId);
        problemTasks.answer(actor, taskId, answer);
    }

    /**
     * The department gives the problem back to the zone as not its own, with the reason, which the zone reads when
     * it gives the problem anew.
     *
     * @throws cn.zoneflow.workflow.task.TaskInputException naming {@code reason} when it is missing
     */
    public void returnToZone(Actor actor, String taskId, String reason) {
        answerStep(actor, taskId);
        problemTasks.returnToZone(actor, taskId, reason);
    }

    private Task answerStep(Actor actor, String taskId) {
        return inbox.visibleStep(actor, taskId, Activities.ANSWER_PROBLEM_IN_DEPARTMENT);
    }
}
