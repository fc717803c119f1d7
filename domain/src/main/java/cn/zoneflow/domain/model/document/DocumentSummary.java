package cn.zoneflow.domain.model.document;

import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDateTime;

/**
 * A document as lists show it, without its content; {@code taskId}, {@code step} and {@code stage} are null for a
 * document not attached at a step.
 */
public record DocumentSummary(long id, String procedureCode, String fileName, DocumentKind kind, long sizeBytes,
        String uploadedBy, LocalDateTime uploadedAt, String taskId, String step, Stage stage) {

    /** Whether it was attached at this task. */
    public boolean attachedAt(String task) {
        return taskId != null && taskId.equals(task);
    }
}
