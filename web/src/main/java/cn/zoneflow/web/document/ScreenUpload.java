package cn.zoneflow.web.document;

import cn.zoneflow.domain.model.document.Document;
import java.io.IOException;
import java.io.InputStream;
import org.primefaces.model.file.UploadedFile;

/**
 * A file chosen on a screen, read up to one byte more than a document may hold (so that a larger one is refused as
 * such, not cut). No file chosen is an empty one, which the document refuses.
 */
public record ScreenUpload(String name, byte[] content) {

    public static ScreenUpload of(UploadedFile file) throws IOException {
        if (file == null) {
            return new ScreenUpload(null, new byte[0]);
        }
        try (InputStream in = file.getInputStream()) {
            return new ScreenUpload(file.getFileName(), in.readNBytes(Document.MAX_BYTES + 1));
        }
    }
}
