package cn.zoneflow.domain.model.task;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.Keyword;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which open tasks to read: either one person's own ({@code assignee}) or the unclaimed tasks of some groups —
 * each a single range of its own index — narrowed by project, kind of task, deadline state on {@code today} and
 * the zones of the projects (null narrows nothing; an empty list of zones leaves nothing), a keyword found in the
 * project's code, name or enterprise, and to the tasks that need attention.
 */
public record OpenTaskCriteria(String assignee, List<String> candidateGroups, ProjectCode projectCode, String taskType,
        DueState dueState, LocalDate today, List<Long> zoneIds, boolean needingAttentionOnly, Keyword keyword) {

    public OpenTaskCriteria {
        if ((assignee == null) == (candidateGroups == null)) {
            throw new IllegalArgumentException("an assignee or candidate groups, not both");
        }
        Objects.requireNonNull(today);
        candidateGroups = candidateGroups == null ? null : List.copyOf(candidateGroups);
        zoneIds = zoneIds == null ? null : List.copyOf(zoneIds);
    }

    public static OpenTaskCriteria ownedBy(String assignee, LocalDate today) {
        return new OpenTaskCriteria(assignee, null, null, null, null, today, null, false, null);
    }

    public static OpenTaskCriteria unclaimedIn(Collection<String> candidateGroups, LocalDate today) {
        return new OpenTaskCriteria(null, List.copyOf(candidateGroups), null, null, null, today, null, false, null);
    }

    public OpenTaskCriteria narrowedTo(ProjectCode projectCode, String taskType, DueState dueState,
            List<Long> zoneIds) {
        return new OpenTaskCriteria(assignee, candidateGroups, projectCode, taskType, dueState, today, zoneIds,
                needingAttentionOnly, keyword);
    }

    /** Only the tasks about projects whose code, name or enterprise holds the keyword; none narrows nothing. */
    public OpenTaskCriteria containing(Keyword keyword) {
        return new OpenTaskCriteria(assignee, candidateGroups, projectCode, taskType, dueState, today, zoneIds,
                needingAttentionOnly, keyword);
    }

    /** Only the tasks that need attention: returned requests and 督办 notices. */
    public OpenTaskCriteria needingAttention() {
        return new OpenTaskCriteria(assignee, candidateGroups, projectCode, taskType, dueState, today, zoneIds, true,
                keyword);
    }
}
