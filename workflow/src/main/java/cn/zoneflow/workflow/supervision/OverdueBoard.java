package cn.zoneflow.workflow.supervision;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.workflow.engine.WorkflowClock;
import cn.zoneflow.workflow.task.TaskInbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * 超期督办: the open tasks of the zones within a supervisor's scope that are overdue or near due, claimed or not,
 * the longest overdue first, grouped by city and zone — the zones' own work and what their city's departments owe
 * on the zones' projects (部门审批, 部门办理答复). Found by the engine's own due and follow-up dates.
 */
@ApplicationScoped
@Transactional
public class OverdueBoard {

    /** No board is longer than this; beyond it the province has a different problem than a list can show. */
    static final int MAX_ITEMS = 500;

    @Inject
    private TaskService taskService;

    @Inject
    private ZoneRepository zones;

    @Inject
    private DepartmentRepository departments;

    @Inject
    private TaskInbox inbox;

    @Inject
    private WorkflowClock clock;

    public List<LateTask> lateTasks(Scope scope) {
        Map<String, Zone> zoneByName = zones.zonesWithin(scope).stream()
                .collect(Collectors.toMap(Zone::name, Function.identity()));
        if (zoneByName.isEmpty()) {
            return List.of();
        }
        List<String> groups = new ArrayList<>(zoneByName.values().stream()
                .flatMap(zone -> List.of(Role.OFFICER.groupIn(zone), Role.MANAGER.groupIn(zone)).stream())
                .toList());
        departments.all().stream().filter(department -> zoneByName.values().stream().anyMatch(department::serves))
                .map(Role.DEPARTMENT::groupIn).forEach(groups::add);
        List<Task> late = taskService.createTaskQuery().active()
                .taskCandidateGroupIn(groups).includeAssignedTasks()
                .followUpBefore(clock.now())
                .orderByDueDate().asc()
                .listPage(0, MAX_ITEMS);
        // a city's department serves every zone of its city: its work on another zone's project is not this board's
        return inbox.summaries(late).stream()
                .filter(task -> zoneByName.containsKey(task.zoneName()))
                .map(task -> new LateTask(zoneByName.get(task.zoneName()).city().name(), task))
                .sorted(Comparator.comparing(LateTask::city)
                        .thenComparing(lateTask -> lateTask.task().zoneName())
                        .thenComparing(lateTask -> lateTask.task().daysLeft(),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Shorthand for screens: how many of the board's tasks are overdue, not merely near due. */
    public static long overdue(List<LateTask> tasks) {
        return tasks.stream().filter(task -> task.task().dueState() == DueState.OVERDUE)
                .count();
    }
}
