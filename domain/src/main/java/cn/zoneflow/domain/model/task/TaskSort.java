package cn.zoneflow.domain.model.task;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import java.util.Comparator;

/**
 * The orders an inbox can be read in, each by an indexed column of the open tasks, after the tasks that need
 * attention (returned, 督办), which come first whatever the order. Ties go by creation, then task id, in the same
 * direction — the oldest first going up, first come, first served — so that the database reads the default order
 * straight off the index, and pages never overlap.
 */
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

    /**
     * The order in memory, to merge what two reads of the index returned: the databases put an empty value first
     * going up and last going down.
     */
    public Comparator<OpenTask> comparator(boolean descending) {
        Comparator<OpenTask> ascending = switch (this) {
            case DUE -> Comparator.comparing(OpenTask::dueOn, Comparator.nullsFirst(Comparator.naturalOrder()));
            case CREATED -> Comparator.comparing(OpenTask::createdAt);
            case ASSIGNEE -> Comparator.comparing(OpenTask::assignee, Comparator.nullsFirst(Comparator.naturalOrder()));
        };
        if (this != CREATED) {
            ascending = ascending.thenComparing(OpenTask::createdAt);
        }
        ascending = ascending.thenComparing(OpenTask::taskId);
        return Comparator.comparingInt(OpenTask::attention).thenComparing(descending ? ascending.reversed() : ascending);
    }
}
