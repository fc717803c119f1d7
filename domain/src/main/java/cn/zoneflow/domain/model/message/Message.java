package cn.zoneflow.domain.model.message;

import cn.zoneflow.domain.model.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One change told to one user: its kind, the project, the task by the name it had then (the task may be done by
 * the time it is read) and when it was told; read once the user opened it or marked everything read.
 */
@Entity
@Table(name = "user_message")
public class Message {

    public static final int TASK_NAME_MAX_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "userMessageIds")
    @TableGenerator(name = "userMessageIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "user_message", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 60)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private MessageKind kind;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "task_name", length = TASK_NAME_MAX_LENGTH)
    private String taskName;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Message() {
    }

    public Message(String recipient, MessageKind kind, Project project, String taskId, String taskName,
            LocalDateTime createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.project = Objects.requireNonNull(project);
        this.taskId = taskId;
        this.taskName = taskName == null || taskName.length() <= TASK_NAME_MAX_LENGTH ? taskName
                : taskName.substring(0, TASK_NAME_MAX_LENGTH);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Read at the first time only: opening it again later does not move when it was read. */
    public void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public MessageKind kind() {
        return kind;
    }

    public Project project() {
        return project;
    }

    public String taskId() {
        return taskId;
    }

    public String taskName() {
        return taskName;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime readAt() {
        return readAt;
    }
}
