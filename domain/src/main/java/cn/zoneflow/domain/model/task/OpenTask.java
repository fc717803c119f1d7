package cn.zoneflow.domain.model.task;

import cn.zoneflow.domain.model.calendar.DueState;
import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A task waiting in the engine, as the inbox lists it. It appears when the engine creates the task, follows its
 * claims and deadline changes, and disappears when the task is completed or deleted. Deadlines are days in
 * Beijing time: due at the end of {@code dueOn}, near due from the start of {@code nearFrom}.
 */
@Entity
@Table(name = "open_task")
public class OpenTask {

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "task_type", nullable = false, length = 100)
    private String taskType;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "candidate_group", length = 100)
    private String candidateGroup;

    @Column(name = "assignee", length = 100)
    private String assignee;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "near_from")
    private LocalDate nearFrom;

    /** {@link #NEEDS_ATTENTION} or {@link #ORDINARY}: the inbox lists the first before the others. */
    @Column(name = "attention", nullable = false)
    private int attention = ORDINARY;

    public static final int NEEDS_ATTENTION = 0;
    public static final int ORDINARY = 1;

    protected OpenTask() {
    }

    public OpenTask(String taskId, String name, String taskType, Project project, String candidateGroup,
            LocalDateTime createdAt) {
        this.taskId = Objects.requireNonNull(taskId);
        this.name = Objects.requireNonNull(name);
        this.taskType = Objects.requireNonNull(taskType);
        this.project = Objects.requireNonNull(project);
        this.candidateGroup = candidateGroup;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * Marks a task that must not hide among the others: a request the manager or the city returned, a 督办 notice.
     */
    public OpenTask needingAttention() {
        attention = NEEDS_ATTENTION;
        return this;
    }

    public boolean needsAttention() {
        return attention == NEEDS_ATTENTION;
    }

    public int attention() {
        return attention;
    }

    /** Claimed by someone, or handed back to the group with {@code null}. */
    public void assignTo(String assignee) {
        this.assignee = assignee;
    }

    /** The deadline as the engine now holds it; both days may be absent for work without a limit. */
    public void dueBy(LocalDate dueOn, LocalDate nearFrom) {
        this.dueOn = dueOn;
        this.nearFrom = nearFrom;
    }

    /** How the task stands on the given day: overdue after its due day, near due from its near day on. */
    public DueState dueState(LocalDate today) {
        if (dueOn != null && today.isAfter(dueOn)) {
            return DueState.OVERDUE;
        }
        return nearFrom != null && !today.isBefore(nearFrom) ? DueState.NEAR : DueState.NORMAL;
    }

    public String taskId() {
        return taskId;
    }

    public String name() {
        return name;
    }

    public String taskType() {
        return taskType;
    }

    public Project project() {
        return project;
    }

    public String candidateGroup() {
        return candidateGroup;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate nearFrom() {
        return nearFrom;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpenTask task && taskId.equals(task.taskId);
    }

    @Override
    public int hashCode() {
        return taskId.hashCode();
    }
}
