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

    public TaskPage page(Actor actor, TaskFilter filter, TaskSort sort, boolean descending, int page, int size) {
        Page.check(page, size);
        long total = filtered(actor, filter).count();
        TaskQuery query = filtered(actor, filter);
        sort.orderBy(query, descending);
        return new TaskPage(summaries(query.listPage(page * size, size)), total, page, size);
    }

    public long count(Actor actor) {
        return visibleTo(actor).count();
    }

    public long count(Actor actor, TaskFilter filter) {
        return filtered(actor, filter).count();
    }

    /** One task the actor may see, with its project. */
    public TaskSummary summary(Actor actor, String taskId) {
        return summaries(List.of(visibleTask(actor, taskId))).get(0);
    }

    private TaskQuery filtered(Actor actor, TaskFilter filter) {
        TaskQuery query = visibleTo(actor);
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
