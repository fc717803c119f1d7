package cn.zoneflow.workflow.task;

import java.util.List;

/** One page of tasks and how many there are in all. */
public record TaskPage(List<TaskSummary> items, long total, int page, int size) {
}
