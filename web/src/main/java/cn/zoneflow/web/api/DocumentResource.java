package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.web.document.ContentDisposition;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Downloads a document, as uploaded, with the type its content proved; another zone's document answers 404. */
@Tag(name = "文档", description = "Documents of projects and procedures")
@BusinessData
@Path(DocumentResource.PATH)
@RequestScoped
public class DocumentResource {

    static final String PATH = "documents";

    @Inject
    private DocumentService documents;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "downloadDocument", summary = "下载文档")
    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long documentId) {
        Document document = documents.open(currentUser.required().scope(), documentId);
        return Response.ok(document.content(), document.kind().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(document.fileName()))
                .build();
    }
}
