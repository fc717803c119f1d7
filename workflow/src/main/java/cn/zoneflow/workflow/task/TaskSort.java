package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import org.camunda.bpm.engine.task.TaskQuery;

/** The orders an inbox can be read in, each by a column the engine keeps, so the database sorts. */
public enum TaskSort {
    DUE("due"),
    CREATED("created"),
    NAME("name"),
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
            case NAME -> query.orderByTaskName();
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
}
