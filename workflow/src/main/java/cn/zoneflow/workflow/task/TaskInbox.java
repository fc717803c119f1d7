package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Page;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.zoneflow.domain.application.Deadlines;
import cn.zoneflow.domain.model.calendar.CalendarYearMissingException;
import cn.zoneflow.domain.model.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A user's inbox: the tasks assigned to them and the unclaimed tasks of their groups, paged by the engine in
 * the database, soonest due first, with the project each task is about and how it stands against its deadline.
 */
@ApplicationScoped
@Transactional
public class TaskInbox {

    /** A moment before any follow-up date, so that "before it or none" means "none". */
    private static final Date NEVER = new Date(0);

    /** No task has this id: what a filter that leaves nothing asks for. */
    private static final String NO_TASK = "none";

    @Inject
    private TaskService taskService;

    @Inject
    private ProjectRepository projects;

    @Inject
    private Deadlines deadlines;

    @Inject
    private ZoneRepository zones;

    /** The earliest due first. */
    public TaskPage page(Actor actor, TaskFilter filter, int page, int size) {
        return page(actor, filter, TaskSort.DUE, false, page, size);
    }

    /**
     * One page of the actor's inbox. Their own tasks and their groups' unclaimed ones are read as two queries, each
     * on its own index (assignee; candidate group), and merged: one query asking for either scans every open task
     * of the province. A page needs no more than its own end from each.
     */
    public TaskPage page(Actor actor, TaskFilter filter, TaskSort sort, boolean descending, int page, int size) {
        return new TaskPage(tasks(actor, filter, sort, descending, page, size), count(actor, filter), page, size);
    }

    /** The tasks of one page, for a screen that counts them once on its own. */
    public List<TaskSummary> tasks(Actor actor, TaskFilter filter, TaskSort sort, boolean descending, int page,
            int size) {
        Page.check(page, size);
        int upToPageEnd = (page + 1) * size;
        return summaries(parts(actor, filter).stream()
                .flatMap(part -> {
                    sort.orderBy(part, descending);
                    return part.listPage(0, upToPageEnd).stream();
                })
                .sorted(sort.comparator(descending))
                .skip((long) page * size)
                .limit(size)
                .toList());
    }

    public long count(Actor actor) {
        return count(actor, TaskFilter.NONE);
    }

    public long count(Actor actor, TaskFilter filter) {
        return parts(actor, filter).stream().mapToLong(TaskQuery::count).sum();
    }

    /** The actor's own tasks, and — apart from them, never overlapping — their groups' unclaimed ones. */
    private List<TaskQuery> parts(Actor actor, TaskFilter filter) {
        TaskQuery own = narrowed(taskService.createTaskQuery().active().taskAssignee(actor.username()), filter);
        if (actor.groups().isEmpty()) {
            return List.of(own);
        }
        return List.of(own, narrowed(taskService.createTaskQuery().active().taskCandidateGroupIn(actor.groups()),
                filter));
    }

    /** One task the actor may see, with its project. */
    public TaskSummary summary(Actor actor, String taskId) {
        return summaries(List.of(visibleTask(actor, taskId))).get(0);
    }

    private TaskQuery narrowed(TaskQuery query, TaskFilter filter) {
        if (filter.projectCode() != null) {
            query.processInstanceBusinessKey(filter.projectCode());
        }
        if (filter.taskType() != null) {
            query.taskDefinitionKey(filter.taskType());
        }
        if (filter.zoneId() != null || filter.cityCode() != null) {
            narrowToZones(query, filter);
        }
        if (filter.dueState() != null) {
            Date now = ClockUtil.getCurrentTime();
            switch (filter.dueState()) {
                case OVERDUE -> query.dueBefore(now);
                case NEAR -> query.followUpBefore(now).dueAfter(now);
                case NORMAL -> query.or().followUpAfter(now).followUpBeforeOrNotExistent(NEVER).endOr();
            }
        }
        return query;
    }

    /**
     * Every process of a project carries its zone's officer group, so a task is about one of the given zones'
     * projects when its process names one of their groups.
     */
    private void narrowToZones(TaskQuery query, TaskFilter filter) {
        Scope place = filter.zoneId() != null ? Scope.ofZone(filter.zoneId()) : Scope.ofCity(filter.cityCode());
        List<Zone> within = zones.zonesWithin(place);
        if (within.isEmpty()) {
            query.taskId(NO_TASK);
            return;
        }
        TaskQuery anyOf = query.or();
        within.forEach(zone -> anyOf.processVariableValueEquals(Variables.OFFICER_GROUP, Role.OFFICER.groupIn(zone)));
        anyOf.endOr();
    }

    /** A task the actor may see, or nothing: another zone's task id is not a capability. */
    public Task visibleTask(Actor actor, String taskId) {
        Task task = visibleTo(actor).taskId(taskId).singleResult();
        if (task == null) {
            throw new NoSuchElementException("no task " + taskId + " for " + actor.username());
        }
        return task;
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

    /** Inbox lines for the given tasks, with their projects, read in one go. */
    public List<TaskSummary> summaries(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Long> projectIdByExecution = tasks.stream().collect(Collectors.toMap(Task::getId,
                task -> (Long) taskService.getVariable(task.getId(), Variables.PROJECT_ID)));
        Map<Long, Project> projectById = projectIdByExecution.values().stream().distinct()
                .map(id -> projects.find(id).orElseThrow())
                .collect(Collectors.toMap(Project::id, Function.identity()));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
        return tasks.stream().map(task -> {
            Project project = projectById.get(projectIdByExecution.get(task.getId()));
            LocalDate due = TaskDeadline.day(task.getDueDate());
            return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), project.id(),
                    project.code().value(), project.name(), project.zone().name(), task.getAssignee(),
                    LocalDateTime.ofInstant(task.getCreateTime().toInstant(), ChinaTime.ZONE), due,
                    TaskDeadline.state(task.getDueDate(), task.getFollowUpDate(), now), daysLeft(today, due));
        }).toList();
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
