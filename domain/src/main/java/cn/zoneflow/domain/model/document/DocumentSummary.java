package cn.zoneflow.domain.model.document;

import java.time.LocalDateTime;

/** A document as lists show it, without its content. */
public record DocumentSummary(long id, String procedureCode, String fileName, DocumentKind kind, long sizeBytes,
        String uploadedBy, LocalDateTime uploadedAt) {
}
