package cn.zoneflow.workflow.task;

import java.time.LocalDateTime;

/** One line of an inbox: the task, whose it is, and the project it is about. */
public record TaskSummary(
        String id,
        String name,
        String taskType,
        long projectId,
        String projectCode,
        String projectName,
        String zoneName,
        String assignee,
        LocalDateTime created) {
}
