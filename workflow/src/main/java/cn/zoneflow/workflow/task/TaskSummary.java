package cn.zoneflow.workflow.task;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.shared.Stage;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of an inbox: the task, whose it is, the project it is about (and the stage it stands at) and its
 * deadline. {@code daysLeft} counts
 * working days to the due day, negative when overdue; null without a deadline. {@code deadlineAwaitsYear} is the
 * year whose holiday notice a deadline waits for, when the step has a limit that cannot be counted yet.
 * {@code fromGroup} tells a task offered to a group, which its assignee can give back, from one given by name;
 * {@code returned} marks a stage-move request that its approver sent back; {@code needsAttention} such a request
 * or a 督办 notice, which inboxes list first.
 */
public record TaskSummary(
        String id,
        String name,
        String taskType,
        long projectId,
        String projectCode,
        String projectName,
        String zoneName,
        Stage projectStage,
        String assignee,
        LocalDateTime created,
        LocalDate due,
        DueState dueState,
        Integer daysLeft,
        Integer deadlineAwaitsYear,
        boolean fromGroup,
        boolean returned,
        boolean needsAttention) implements Serializable {
}
