package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.document.Document;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file sent to the API, as the multipart field {@code file} or as the raw body, read up to one byte more than a
 * document may hold (so that a larger one is refused as such, not cut). A missing part is an empty file.
 */
record UploadedFile(String name, byte[] content) {

    static UploadedFile of(EntityPart file) throws IOException {
        if (file == null) {
            return new UploadedFile(null, new byte[0]);
        }
        try (InputStream content = file.getContent()) {
            return of(file.getFileName().orElse(null), content);
        }
    }

    static UploadedFile of(String name, InputStream body) throws IOException {
        return new UploadedFile(name, body.readNBytes(Document.MAX_BYTES + 1));
    }
}
