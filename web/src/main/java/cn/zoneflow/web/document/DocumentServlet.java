package cn.zoneflow.web.document;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;

/**
 * The only address documents are served from, {@code /documents/{id}}: signed in, and only within the user's scope
 * (for a leader in charge, the projects they lead; for a department's user, the materials of the procedures it
 * decides); another zone's document, or a made-up id, is 404. Pictures and PDFs may be shown by the browser itself
 * ({@code ?inline=true}: a thumbnail, a preview in a new tab), Office files are always downloads; the content type
 * is the one the content proved, never the name's.
 */
@WebServlet(DocumentServlet.PATH + "/*")
public class DocumentServlet extends HttpServlet {

    public static final String PATH = "/documents";
    private static final long serialVersionUID = 1L;

    @Inject
    private transient DocumentService documents;

    @Inject
    private transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Document document;
        try {
            document = documents.open(currentUser.required(), idOf(request));
        } catch (NoSuchElementException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = document.kind().isPreviewable() && "true".equals(request.getParameter("inline"));
        response.setContentType(document.kind().mediaType());
        response.setContentLengthLong(document.sizeBytes());
        response.setHeader("Content-Disposition", inline ? ContentDisposition.inline(document.fileName())
                : ContentDisposition.attachment(document.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(document.content());
    }

    private static long idOf(HttpServletRequest request) {
        String path = request.getPathInfo();
        try {
            return Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            throw new NoSuchElementException("no document at " + path);
        }
    }
}
