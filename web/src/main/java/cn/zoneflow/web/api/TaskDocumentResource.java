package cn.zoneflow.web.api;

import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.task.StepDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A step's documents (材料) over the API: what the step's case holds so far (a request's files for its approver, an
 * answer's for the notice's issuer) and uploads to an open step one may work on, which can be removed with
 * {@code DELETE /api/documents/{id}} until the step is completed. A task that is not the caller's answers 404, one
 * completed meanwhile 409.
 */
@Tag(name = "文档", description = "Documents of projects and procedures")
@BusinessData
@Path("tasks/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskDocumentResource {

    @Inject
    private StepDocuments stepDocuments;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listTaskDocuments", summary = "步骤材料列表")
    @GET
    public List<DocumentJson> list(@PathParam("id") String taskId) {
        return stepDocuments.of(currentUser.actor(), currentUser.required().scope(), taskId).stream()
                .map(DocumentJson::of).toList();
    }

    @Operation(operationId = "uploadTaskDocument", summary = "上传步骤材料")
    @APIResponse(responseCode = "201", description = "Stored; Location names the document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentJson.class)))
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("id") String taskId, @FormParam("file") EntityPart file)
            throws IOException {
        return attach(taskId, UploadedFile.of(file));
    }

    @Operation(operationId = "uploadTaskDocument", summary = "上传步骤材料")
    @APIResponse(responseCode = "201", description = "Stored; Location names the document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentJson.class)))
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response uploadBody(@PathParam("id") String taskId, @QueryParam("name") String fileName,
            InputStream body) throws IOException {
        return attach(taskId, UploadedFile.of(fileName, body));
    }

    private Response attach(String taskId, UploadedFile file) {
        return DocumentResource.created(stepDocuments.attach(currentUser.actor(), currentUser.required().scope(),
                taskId, file.name(), file.content()));
    }
}
