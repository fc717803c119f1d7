package cn.zoneflow.web.task;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.task.TaskSort;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.i18n.Messages;
import cn.zoneflow.web.place.CityItem;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StepHomes;
import cn.zoneflow.workflow.task.TaskClaims;
import cn.zoneflow.workflow.task.TaskFilter;
import cn.zoneflow.workflow.task.TaskInbox;
import cn.zoneflow.workflow.task.TaskInputException;
import cn.zoneflow.workflow.task.TaskSummary;
import cn.zoneflow.workflow.task.TaskTakenException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 我的待办: the signed-in user's tasks and the unclaimed tasks of their zone's group, a page at a time from the
 * engine's database, narrowed by project, kind of step and due state there, with claiming and handing back.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TaskInbox inbox;

    @Inject
    private transient TaskClaims claims;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient ReferenceLists referenceLists;

    @Inject
    private transient StepHomes stepHomes;

    @Inject
    private InboxFilterMemory memory;

    private static final String COUNT_ATTRIBUTE = InboxView.class.getName() + ".count";

    /** The columns the inbox sorts by, as the table names them. */
    private static final Map<String, TaskSort> SORTS = Map.of("due", TaskSort.DUE, "created", TaskSort.CREATED,
            "assignee", TaskSort.ASSIGNEE);

    private LazyDataModel<TaskSummary> model;
    private Keyword keyword;
    private String taskType;
    private List<String> taskTypes;
    private List<TaskSummary> selected = new ArrayList<>();
    private DueState dueState;
    private Long zoneId;
    private String cityCode;
    private List<ZoneItem> zones;
    private List<CityItem> cities;

    @PostConstruct
    void init() {
        TaskFilter last = memory.last();
        keyword = last.keyword();
        taskType = last.taskType();
        dueState = last.dueState();
        zoneId = last.zoneId();
        cityCode = last.cityCode();
        Scope scope = currentUser.required().scope();
        zones = scope.isOneZone() ? List.of() : referenceLists.zonesWithin(scope);
        cities = referenceLists.citiesWatchedWhole(scope);
        model = new InboxModel();
    }

    /** The zones a user who sees several may narrow the inbox to; none for a zone's own users. */
    public List<ZoneItem> getZones() {
        return zones;
    }

    /** The cities a province user may narrow the inbox to. */
    public List<CityItem> getCities() {
        return cities;
    }

    public LazyDataModel<TaskSummary> getModel() {
        return model;
    }

    /**
     * The user's tasks as the inbox is narrowed now, counted once per request however often the page shows the
     * number (the badge, the paginator).
     */
    public long getCount() {
        return (Long) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(COUNT_ATTRIBUTE, key -> inbox.count(currentUser.actor(), filter()));
    }

    /** Days left or days over, in working days, as the inbox shows them beside the due date. */
    public String dueText(TaskSummary task) {
        return DueDisplay.text(messages, "task_inbox", task);
    }

    /** What the task is about, e.g. 审批阶段变更：开工 → 投产. */
    public String titleOf(TaskSummary task) {
        return TaskTitles.of(messages, task);
    }

    /** The page that works on this kind of task. */
    public String pageOf(TaskSummary task) {
        return stepHomes.pageOf(task.taskType()).orElse("/task/inbox");
    }

    /**
     * The kinds of step the inbox can be narrowed to, in the order a project meets them: those the user has now, and
     * the one chosen.
     */
    public List<String> getTaskTypes() {
        if (taskTypes == null) {
            Set<String> held = inbox.taskTypes(currentUser.actor());
            taskTypes = stepHomes.steps().stream().filter(step -> held.contains(step) || step.equals(taskType))
                    .toList();
        }
        return taskTypes;
    }

    public List<DueState> getDueStates() {
        return List.of(DueState.values());
    }

    public String rowClass(TaskSummary task) {
        return DueDisplay.rowClass(task.dueState());
    }

    /** Whether the task is the user's own, which they may hand back to the group. */
    public boolean isMine(TaskSummary task) {
        return currentUser.actor().username().equals(task.assignee());
    }

    public void unclaim(TaskSummary task) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            claims.unclaim(currentUser.actor(), task.id());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("task_inbox.message.info.unclaimed", task.name()), null));
        } catch (NoSuchElementException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_inbox.message.warn.gone"), null));
        } catch (TaskInputException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_inbox.message.warn.givenByName", task.name());
        }
    }

    /** What the user searches for in the code, name or enterprise of the tasks' projects. */
    public Keyword getKeyword() {
        return keyword;
    }

    public void setKeyword(Keyword keyword) {
        this.keyword = keyword;
    }

    public String getTaskType() {
        return taskType;
    }

    public void setTaskType(String taskType) {
        this.taskType = taskType == null || taskType.isBlank() ? null : taskType;
    }

    public DueState getDueState() {
        return dueState;
    }

    public void setDueState(DueState dueState) {
        this.dueState = dueState;
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public String getCityCode() {
        return cityCode;
    }

    public void setCityCode(String cityCode) {
        this.cityCode = cityCode == null || cityCode.isBlank() ? null : cityCode;
    }

    /** The inbox as narrowed now, remembered for when the user comes back to it. */
    private TaskFilter filter() {
        TaskFilter filter = new TaskFilter(null, taskType, dueState, zoneId, cityCode, keyword);
        memory.keep(filter);
        return filter;
    }

    /** Shows the whole inbox again. */
    public void clearFilters() {
        keyword = null;
        taskType = null;
        dueState = null;
        zoneId = null;
        cityCode = null;
        memory.keep(TaskFilter.NONE);
    }

    public void claim(TaskSummary task) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            claims.claim(currentUser.actor(), task.id());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("task_inbox.message.info.claimed", task.name()), null));
        } catch (TaskTakenException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_inbox.message.warn.alreadyClaimed", e.holder()), null));
        } catch (NoSuchElementException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("task_inbox.message.warn.gone"), null));
        } catch (TaskInputException e) {
            messages.tell(FacesMessage.SEVERITY_WARN, "task_inbox.message.warn.givenByName", task.name());
        }
    }

    /** The tasks ticked on the page shown. */
    public List<TaskSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<TaskSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    /** Pages through the inbox in the database; PrimeFaces asks for the count and for one page. */
    private final class InboxModel extends LazyDataModel<TaskSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(getCount());
        }

        @Override
        public List<TaskSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            TaskSort order = sort == null ? TaskSort.DUE : SORTS.getOrDefault(sort.getField(), TaskSort.DUE);
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            // PrimeFaces has counted the rows already (count above)
            return inbox.tasks(currentUser.actor(), filter(), order, descending, first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(TaskSummary task) {
            return task.id();
        }

        /** A ticked row, found among the page shown: the inbox ticks only what it shows. */
        @Override
        public TaskSummary getRowData(String rowKey) {
            List<TaskSummary> shown = getWrappedData();
            return shown == null ? null
                    : shown.stream().filter(task -> task.id().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
