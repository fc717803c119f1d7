package cn.zoneflow.web.export;

import cn.zoneflow.web.document.ContentDisposition;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A written workbook (or another written file, such as a Word draft) handed to the user: as a screen's download, or
 * as an API answer saved under its name.
 */
public final class WorkbookDownload {

    static final String PARAMETER = "workbook";

    private WorkbookDownload() {
    }

    public static StreamedContent forScreen(String fileName, byte[] workbook) {
        return forScreen(fileName, SheetWriter.CONTENT_TYPE, workbook);
    }

    /** Any written file (a Word draft as well as a workbook) as a screen's download. */
    public static StreamedContent forScreen(String fileName, String contentType, byte[] content) {
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(contentType)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /**
     * Whether the page was asked for its figures as a workbook: a link to the page with {@code ?workbook=1}
     * (workbook-link.xhtml), which keeps the place and the period of the address it was followed from.
     */
    public static boolean asked(FacesContext faces) {
        return faces.getExternalContext().getRequestParameterMap().containsKey(PARAMETER);
    }

    /** Answers the page's own request with the workbook instead of the page (a GET link asking for it). */
    public static void instead(FacesContext faces, String fileName, byte[] workbook) throws IOException {
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(SheetWriter.CONTENT_TYPE);
        response.setResponseHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setResponseContentLength(workbook.length);
        response.getResponseOutputStream().write(workbook);
        faces.responseComplete();
    }

    public static Response forApi(String fileName, byte[] workbook) {
        return forApi(fileName, SheetWriter.CONTENT_TYPE, workbook);
    }

    /** Any written file as an API answer saved under its name. */
    public static Response forApi(String fileName, String contentType, byte[] content) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .build();
    }
}
