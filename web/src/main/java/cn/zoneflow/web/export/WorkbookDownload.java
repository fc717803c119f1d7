package cn.zoneflow.web.export;

import cn.zoneflow.web.document.ContentDisposition;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A written workbook handed to the user: as a screen's download, or as an API answer saved under its name. */
public final class WorkbookDownload {

    private WorkbookDownload() {
    }

    public static StreamedContent forScreen(String fileName, byte[] workbook) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(SheetWriter.CONTENT_TYPE)
                .stream(() -> new ByteArrayInputStream(workbook))
                .build();
    }

    public static Response forApi(String fileName, byte[] workbook) {
        return Response.ok(workbook, SheetWriter.CONTENT_TYPE)
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .build();
    }
}
