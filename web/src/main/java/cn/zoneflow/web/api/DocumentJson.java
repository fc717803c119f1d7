package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.shared.Stage;
import java.time.LocalDateTime;

/**
 * A document as the API lists it; {@code href}, relative to {@code /api/}, downloads it. {@code taskId} and
 * {@code step} name the step it was attached at, {@code stage} the stage the project stood at then (all null for a
 * document given to the project outside any step).
 */
public record DocumentJson(long id, String procedureCode, String fileName, String mediaType, long sizeBytes,
        String uploadedBy, LocalDateTime uploadedAt, String taskId, String step, Stage stage, String href) {

    static DocumentJson of(DocumentSummary document) {
        return new DocumentJson(document.id(), document.procedureCode(), document.fileName(),
                document.kind().mediaType(), document.sizeBytes(), document.uploadedBy(), document.uploadedAt(),
                document.taskId(), document.step(), document.stage(), DocumentResource.PATH + "/" + document.id());
    }

    static DocumentJson of(Document document) {
        return of(document.summary());
    }
}
