package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.shared.Keyword;
import java.io.Serializable;

/**
 * What an inbox is narrowed to; null parts narrow nothing. A zone or a city narrows the inbox of someone who sees
 * several to the tasks about that zone's projects, or the projects of the city's zones; a keyword to the tasks
 * about projects whose code, name or enterprise holds it.
 */
public record TaskFilter(String projectCode, String taskType, DueState dueState, Long zoneId, String cityCode,
        Keyword keyword) implements Serializable {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    public TaskFilter(String projectCode, String taskType, DueState dueState) {
        this(projectCode, taskType, dueState, null, null, null);
    }
}
