package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import cn.zoneflow.processes.SupervisionNoticeProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Keeps the open-task index in step with the engine. The engine calls it on every user task of every process, after
 * the task's own listeners (so it sees the deadline they set), in the transaction that changes the task: a task
 * is in the index exactly while it is open.
 */
@ApplicationScoped
public class OpenTaskIndex implements TaskListener {

    /** The events that open, change or close a task. */
    public static final List<String> EVENTS = List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE,
            EVENTNAME_COMPLETE, EVENTNAME_DELETE);

    private static final int REBUILD_PAGE = 500;
    private static final Logger LOG = Logger.getLogger(OpenTaskIndex.class.getName());

    @Inject
    private OpenTaskRepository openTasks;

    @Inject
    private ProjectRepository projects;

    @Inject
    private TaskService taskService;

    @Inject
    private RuntimeService runtimeService;

    OpenTaskIndex() {
        // for CDI
    }

    OpenTaskIndex(OpenTaskRepository openTasks) {
        this.openTasks = openTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName()) || EVENTNAME_DELETE.equals(task.getEventName())) {
            openTasks.remove(task.getId());
            return;
        }
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            OpenTask opened = opened(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    (Long) task.getVariable(Variables.PROJECT_ID), candidateGroup(task.getCandidates()),
                    task.getCreateTime(), task.getVariable(Variables.APPROVED));
            follow(opened, task.getAssignee(), task.getDueDate(), task.getFollowUpDate());
            openTasks.add(opened);
            return;
        }
        // only the transaction that creates a task adds its line: another one adding it too (a deadline recount
        // meeting a task a timer has just created) would collide with that line once both commit
        openTasks.find(task.getId()).ifPresentOrElse(
                line -> follow(line, task.getAssignee(), task.getDueDate(), task.getFollowUpDate()),
                () -> LOG.warning(() -> "Task " + task.getId() + " changed (" + task.getEventName()
                        + ") but is not in the open-task index; the index is rebuilt at the next start"));
    }

    /**
     * Reads the engine's open tasks into the index when the two disagree in number: on the first start of an
     * installation that ran before the index existed, or after tasks were changed behind the engine's listeners.
     */
    @Transactional
    public void rebuildIfIncomplete() {
        long engineTasks = taskService.createTaskQuery().count();
        if (openTasks.countAll() == engineTasks) {
            return;
        }
        LOG.warning(() -> "Open-task index disagrees with the engine's " + engineTasks + " tasks: rebuilding it");
        openTasks.removeAll();
        for (int first = 0; first < engineTasks; first += REBUILD_PAGE) {
            List<Task> page = taskService.createTaskQuery().orderByTaskId().asc().listPage(first, REBUILD_PAGE);
            Set<String> instances = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, Object> projectIdByInstance = processVariables(Variables.PROJECT_ID, instances);
            Map<String, Object> approvedByInstance = processVariables(Variables.APPROVED, instances);
            for (Task task : page) {
                OpenTask line = opened(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                        (Long) projectIdByInstance.get(task.getProcessInstanceId()),
                        candidateGroup(taskService.getIdentityLinksForTask(task.getId())), task.getCreateTime(),
                        approvedByInstance.get(task.getProcessInstanceId()));
                follow(line, task.getAssignee(), task.getDueDate(), task.getFollowUpDate());
                openTasks.add(line);
            }
        }
    }

    /** A variable of each process instance, as set on the instance itself; instances without it are left out. */
    private Map<String, Object> processVariables(String name, Collection<String> instanceIds) {
        return runtimeService.createVariableInstanceQuery()
                .variableName(name)
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .list().stream()
                .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId())
                        && variable.getValue() != null)
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue));
    }

    /**
     * Whether a new task must not hide among the others: a 督办 notice to answer or follow up, or a stage-move
     * request that comes back because the last decision in its lifecycle ({@code approved}) returned it.
     */
    static boolean needsAttention(String taskType, Object approved) {
        return SupervisionNoticeProcess.Activities.ANSWER_NOTICE.equals(taskType)
                || SupervisionNoticeProcess.Activities.FOLLOW_UP_NOTICE.equals(taskType)
                || ProjectLifecycle.Activities.REQUEST_STAGE_MOVE.equals(taskType) && Boolean.FALSE.equals(approved);
    }

    private OpenTask opened(String taskId, String name, String taskType, Long projectId, String candidateGroup,
            Date created, Object approved) {
        if (projectId == null) {
            throw new IllegalStateException("Task " + taskId + " (" + taskType + ") has no " + Variables.PROJECT_ID
                    + ": every process that has user tasks must carry its project");
        }
        Project project = projects.find(projectId).orElseThrow();
        OpenTask line = new OpenTask(taskId, name, taskType, project, candidateGroup,
                LocalDateTime.ofInstant(created.toInstant(), ChinaTime.ZONE));
        return needsAttention(taskType, approved) ? line.needingAttention() : line;
    }

    private static void follow(OpenTask line, String assignee, Date due, Date followUp) {
        line.assignTo(assignee);
        line.dueBy(TaskDeadline.day(due), TaskDeadline.day(followUp));
    }

    /** ZoneFlow's steps offer a task to at most one group: a zone's officers or managers, or a city's supervisors. */
    static String candidateGroup(Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElse(null);
    }
}
