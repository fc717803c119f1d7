package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.document.Document;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
            return of(file.getFileName().map(UploadedFile::sentAsUtf8).orElse(null), content);
        }
    }

    /**
     * A multipart file name as the sender wrote it: browsers and curl send it as UTF-8 bytes (宗地图.png), which the
     * container reads one byte per character. Bytes that are not UTF-8 are left as read.
     */
    static String sentAsUtf8(String name) {
        if (name.chars().anyMatch(c -> c > 0xFF)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return name;
        }
    }

    static UploadedFile of(String name, InputStream body) throws IOException {
        return new UploadedFile(name, body.readNBytes(Document.MAX_BYTES + 1));
    }
}
