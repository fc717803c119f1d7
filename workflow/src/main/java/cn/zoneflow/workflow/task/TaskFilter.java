package cn.zoneflow.workflow.task;

/** What an inbox is narrowed to: one project (by its code) and one kind of step; null does not narrow. */
public record TaskFilter(String projectCode, String taskType) {

    public static final TaskFilter NONE = new TaskFilter(null, null);
}
