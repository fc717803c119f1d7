package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Comparator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/** The orders an inbox can be read in, each by a column the engine keeps, so the database sorts. */
public enum TaskSort {
    DUE("due"),
    CREATED("created"),
    ASSIGNEE("assignee");

    private final String field;

    TaskSort(String field) {
        this.field = field;
    }

    /** By the field's name as the API and the screens call it: {@code due}, {@code created} … */
    public static TaskSort parse(String text) {
        for (TaskSort sort : values()) {
            if (sort.field.equals(text.strip())) {
                return sort;
            }
        }
        throw new InvalidValueException("sort.unknown", text);
    }

    public String field() {
        return field;
    }

    /** Orders the query by this column, then — so that pages never overlap — the newest and the task id. */
    void orderBy(TaskQuery query, boolean descending) {
        switch (this) {
            case DUE -> query.orderByDueDate();
            case CREATED -> query.orderByTaskCreateTime();
            case ASSIGNEE -> query.orderByTaskAssignee();
        }
        if (descending) {
            query.desc();
        } else {
            query.asc();
        }
        if (this != CREATED) {
            query.orderByTaskCreateTime().desc();
        }
        query.orderByTaskId().asc();
    }

    /**
     * The same order in memory, to merge what two queries read: the databases put an empty value first going up
     * and last going down.
     */
    Comparator<Task> comparator(boolean descending) {
        Comparator<Task> primary = switch (this) {
            case DUE -> Comparator.comparing(Task::getDueDate, Comparator.nullsFirst(Comparator.naturalOrder()));
            case CREATED -> Comparator.comparing(Task::getCreateTime);
            case ASSIGNEE -> Comparator.comparing(Task::getAssignee, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        if (descending) {
            primary = primary.reversed();
        }
        if (this != CREATED) {
            primary = primary.thenComparing(Comparator.comparing(Task::getCreateTime).reversed());
        }
        return primary.thenComparing(Task::getId);
    }
}
