package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSummary;
import java.time.LocalDateTime;

/** A document as the API lists it; {@code href}, relative to {@code /api/}, downloads it. */
public record DocumentJson(long id, String procedureCode, String fileName, String mediaType, long sizeBytes,
        String uploadedBy, LocalDateTime uploadedAt, String href) {

    static DocumentJson of(DocumentSummary document) {
        return new DocumentJson(document.id(), document.procedureCode(), document.fileName(),
                document.kind().mediaType(), document.sizeBytes(), document.uploadedBy(), document.uploadedAt(),
                DocumentResource.PATH + "/" + document.id());
    }

    static DocumentJson of(Document document) {
        return of(document.summary());
    }
}
