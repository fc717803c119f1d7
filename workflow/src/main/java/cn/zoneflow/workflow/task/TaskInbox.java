package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.application.Deadlines;
import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.task.OpenTask;
import cn.zoneflow.domain.model.task.OpenTaskCriteria;
import cn.zoneflow.domain.model.task.OpenTaskRepository;
import cn.zoneflow.domain.model.task.TaskSort;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.ProjectLifecycle;
import cn.zoneflow.workflow.engine.WorkflowClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A user's inbox: the tasks assigned to them and the unclaimed tasks of their groups, paged in the database from
 * the open-task index, soonest due first, with the project each task is about and how it stands against its
 * deadline. Whether a user may act on a task is still the engine's answer ({@link #visibleTask}).
 */
@ApplicationScoped
@Transactional
public class TaskInbox {

    @Inject
    private TaskService taskService;

    @Inject
    private HistoryService historyService;


    @Inject
    private OpenTaskRepository openTasks;

    @Inject
    private Deadlines deadlines;

    @Inject
    private StepDeadlines stepDeadlines;

    @Inject
    private ZoneRepository zones;

    @Inject
    private WorkflowClock clock;

    /** The earliest due first. */
    public TaskPage page(Actor actor, TaskFilter filter, int page, int size) {
        return page(actor, filter, TaskSort.DUE, false, page, size);
    }

    public TaskPage page(Actor actor, TaskFilter filter, TaskSort sort, boolean descending, int page, int size) {
        return new TaskPage(tasks(actor, filter, sort, descending, page, size), count(actor, filter), page, size);
    }

    /**
     * The tasks of one page, for a screen that counts them once on its own. The actor's own tasks and their groups'
     * unclaimed ones are read apart, each along its own index, and merged: a query asking for either would sort
     * every task of the zone. A page needs no more than its own end from each.
     */
    public List<TaskSummary> tasks(Actor actor, TaskFilter filter, TaskSort sort, boolean descending, int page,
            int size) {
        Page.check(page, size);
        int upToPageEnd = (page + 1) * size;
        LocalDate today = today();
        return summaries(parts(actor, filter, today).stream()
                .flatMap(part -> openTasks.list(part, sort, descending, upToPageEnd).stream())
                .sorted(sort.comparator(descending))
                .skip((long) page * size)
                .limit(size)
                .toList(), today);
    }

    public long count(Actor actor) {
        return count(actor, TaskFilter.NONE);
    }

    public long count(Actor actor, TaskFilter filter) {
        return parts(actor, filter, today()).stream().mapToLong(openTasks::count).sum();
    }

    /** The actor's tasks that need attention: requests returned to them, 督办 notices to answer or follow up. */
    public long countNeedingAttention(Actor actor) {
        return parts(actor, TaskFilter.NONE, today()).stream()
                .mapToLong(part -> openTasks.count(part.needingAttention())).sum();
    }

    /** The kinds of task the actor has now, their own or their groups' unclaimed ones. */
    public Set<String> taskTypes(Actor actor) {
        return parts(actor, TaskFilter.NONE, today()).stream().flatMap(part -> openTasks.taskTypes(part).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The actor's own tasks, and — apart from them, never overlapping — their groups' unclaimed ones. */
    private List<OpenTaskCriteria> parts(Actor actor, TaskFilter filter, LocalDate today) {
        ProjectCode project = filter.projectCode() == null ? null : codeOrNone(filter.projectCode());
        if (filter.projectCode() != null && project == null) {
            return List.of();
        }
        List<Long> zoneIds = filter.zoneId() == null && filter.cityCode() == null ? null : zonesOf(filter);
        return (actor.groups().isEmpty()
                ? List.of(OpenTaskCriteria.ownedBy(actor.username(), today))
                : List.of(OpenTaskCriteria.ownedBy(actor.username(), today),
                        OpenTaskCriteria.unclaimedIn(actor.groups(), today)))
                .stream()
                .map(part -> part.narrowedTo(project, filter.taskType(), filter.dueState(), zoneIds)
                        .containing(filter.keyword()))
                .toList();
    }

    private List<Long> zonesOf(TaskFilter filter) {
        Scope place = filter.zoneId() != null ? Scope.ofZone(filter.zoneId()) : Scope.ofCity(filter.cityCode());
        return zones.zonesWithin(place).stream().map(Zone::id).toList();
    }

    /** A code no project can have finds no task; null stands for it. */
    private static ProjectCode codeOrNone(String text) {
        try {
            return ProjectCode.of(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** One task the actor may see, with its project. */
    public TaskSummary summary(Actor actor, String taskId) {
        return summaries(List.of(visibleTask(actor, taskId))).get(0);
    }

    /**
     * A task the actor may see, or nothing: another zone's task id is not a capability.
     *
     * @throws TaskAlreadyCompletedException when it was one of theirs but is completed now
     */
    public Task visibleTask(Actor actor, String taskId) {
        Task task = findVisibleTask(actor, taskId).orElse(null);
        if (task == null) {
            if (wasTheirsAndIsCompleted(actor, taskId)) {
                throw new TaskAlreadyCompletedException(taskId);
            }
            throw new NoSuchElementException("no task " + taskId + " for " + actor.username());
        }
        return task;
    }

    /**
     * A task of the given kind the actor may see, for a desk that shows one kind of step only: a task of any other
     * kind is not there, whatever it is.
     *
     * @throws TaskAlreadyCompletedException when it was one of theirs but is completed now
     */
    public Task visibleStep(Actor actor, String taskId, String taskKey) {
        Task task = visibleTask(actor, taskId);
        if (!taskKey.equals(task.getTaskDefinitionKey())) {
            throw new NoSuchElementException("no " + taskKey + " " + taskId + " for " + actor.username());
        }
        return task;
    }

    /**
     * A task the actor may see, if it is open: for a caller looking at many in its own transaction, which a refusal
     * thrown through this bean would mark for rollback.
     */
    public Optional<Task> findVisibleTask(Actor actor, String taskId) {
        return Optional.ofNullable(visibleTo(actor).taskId(taskId).singleResult());
    }

    /** Whether the task has ended and was the actor's to act on, as assignee or through one of their groups. */
    public boolean wasTheirsAndIsCompleted(Actor actor, String taskId) {
        HistoricTaskInstance ended = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished()
                .singleResult();
        if (ended == null) {
            return false;
        }
        return actor.username().equals(ended.getAssignee()) || historyService.createHistoricIdentityLinkLogQuery()
                .taskId(taskId).type(IdentityLinkType.CANDIDATE).list().stream()
                .anyMatch(link -> link.getGroupId() != null && actor.groups().contains(link.getGroupId()));
    }

    private TaskQuery visibleTo(Actor actor) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (actor.groups().isEmpty()) {
            return query.taskAssignee(actor.username());
        }
        return query.or()
                .taskAssignee(actor.username())
                .taskCandidateGroupIn(actor.groups())
                .endOr();
    }

    /** Inbox lines for the given engine tasks, in their order, read from the index in one go. */
    public List<TaskSummary> summaries(List<Task> tasks) {
        Map<String, OpenTask> lineById = openTasks.findAll(tasks.stream().map(Task::getId).toList()).stream()
                .collect(Collectors.toMap(OpenTask::taskId, Function.identity()));
        return summaries(tasks.stream().map(task -> lineById.get(task.getId())).toList(), today());
    }

    private List<TaskSummary> summaries(List<OpenTask> lines, LocalDate today) {
        return lines.stream().map(line -> {
            Project project = line.project();
            return new TaskSummary(line.taskId(), line.name(), line.taskType(), project.id(), project.code().value(),
                    project.name(), project.zone().name(), project.stage(), line.assignee(), line.createdAt(), line.dueOn(),
                    line.dueState(today), daysLeft(today, line.dueOn()), deadlineAwaitsYear(line, today),
                    line.candidateGroup() != null, line.needsAttention()
                            && ProjectLifecycle.Activities.REQUEST_STAGE_MOVE.equals(line.taskType()),
                    line.needsAttention());
        }).toList();
    }

    private LocalDate today() {
        return clock.today();
    }

    /** The year a task's blank deadline waits for, or null when it has one or its step has no limit. */
    private Integer deadlineAwaitsYear(OpenTask line, LocalDate today) {
        if (line.dueOn() != null || !stepDeadlines.hasLimit(line.taskType(), line.project().stage())) {
            return null;
        }
        return deadlines.calendar().firstMissingYearFrom(today.getYear());
    }

    /** Working days from today to the due day, negative when past it; null without a deadline or calendar data. */
    private Integer daysLeft(LocalDate today, LocalDate due) {
        if (due == null) {
            return null;
        }
        try {
            WorkingDayCalendar calendar = deadlines.calendar();
            return due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
        } catch (CalendarYearMissingException e) {
            return null;
        }
    }
}
