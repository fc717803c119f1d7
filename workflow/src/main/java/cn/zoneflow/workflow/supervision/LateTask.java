package cn.zoneflow.workflow.supervision;

import cn.zoneflow.workflow.task.TaskSummary;

/** A task past or near its deadline, with the city it belongs to, as the overdue board lists it. */
public record LateTask(String city, TaskSummary task) {
}
