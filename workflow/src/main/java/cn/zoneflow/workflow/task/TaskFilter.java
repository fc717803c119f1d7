package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.calendar.DueState;

/** What an inbox is narrowed to: one project (by its code), one kind of step, one due state; null does not narrow. */
public record TaskFilter(String projectCode, String taskType, DueState dueState) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);
}
