package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.document.ContentDisposition;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StepDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Downloads a document, as uploaded, with the type its content proved; another zone's document answers 404, and a
 * leader in charge reads the documents of the projects they lead only.
 */
@Tag(name = "文档", description = "Documents of projects and procedures")
@BusinessData
@Path(DocumentResource.PATH)
@RequestScoped
public class DocumentResource {

    static final String PATH = "documents";

    @Inject
    private DocumentService documents;

    @Inject
    private StepDocuments stepDocuments;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "downloadDocument", summary = "下载文档")
    @BusinessData(alsoFor = Role.LEADER)
    @GET
    @Path("{id}")
    public Response download(@PathParam("id") long documentId) {
        return downloaded(documents.open(currentUser.required(), documentId));
    }

    /** The answer to a download: the content as the type it proved, saved under its name. */
    static Response downloaded(Document document) {
        return Response.ok(document.content(), document.kind().mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(document.fileName()))
                .build();
    }

    @Operation(operationId = "removeDocument", summary = "删除误传材料",
            description = "Only a document attached at a step that is still open, by whoever may work on it")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Its step was submitted, or it belongs to none")
    @DELETE
    @Path("{id}")
    public void remove(@PathParam("id") long documentId) {
        stepDocuments.remove(currentUser.actor(), currentUser.required().scope(), documentId);
    }

    /** The answer to an upload: 201, the document's address and how lists show it. */
    static Response created(Document document) {
        return Response.created(UriBuilder.fromPath(PATH + "/{id}").build(document.id()))
                .entity(DocumentJson.of(document)).build();
    }
}
