package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.DocumentService;
import cn.zoneflow.domain.model.document.Document;
import cn.zoneflow.web.security.CurrentUser;
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
 * A project's documents over the API: the list, and uploads — PDF, JPG, PNG, Word or Excel up to 20 MB, the kind
 * told by the content — as the multipart field {@code file} or as the raw body, optionally for one of the project's procedures
 * ({@code ?procedure=LAND_USE}). Another zone's project answers 404.
 */
@Tag(name = "文档", description = "Documents of projects and procedures")
@BusinessData
@Path("projects/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectDocumentResource {

    @Inject
    private DocumentService documents;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listProjectDocuments", summary = "项目文档列表")
    @GET
    public List<DocumentJson> list(@PathParam("id") long projectId) {
        return documents.documentsOf(currentUser.required().scope(), projectId).stream().map(DocumentJson::of)
                .toList();
    }

    @Operation(operationId = "uploadProjectDocument", summary = "上传项目文档")
    @APIResponse(responseCode = "201", description = "Stored; Location names the document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentJson.class)))
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("id") long projectId, @QueryParam("procedure") String procedureCode,
            @FormParam("file") EntityPart file) throws IOException {
        return attach(projectId, procedureCode, UploadedFile.of(file));
    }

    @Operation(operationId = "uploadProjectDocument", summary = "上传项目文档")
    @APIResponse(responseCode = "201", description = "Stored; Location names the document", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentJson.class)))
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response uploadBody(@PathParam("id") long projectId, @QueryParam("procedure") String procedureCode,
            @QueryParam("name") String fileName, InputStream body) throws IOException {
        return attach(projectId, procedureCode, UploadedFile.of(fileName, body));
    }

    private Response attach(long projectId, String procedureCode, UploadedFile file) {
        Document document = documents.attach(currentUser.required().scope(), projectId,
                procedureCode == null || procedureCode.isBlank() ? null : procedureCode.strip(), file.name(),
                file.content(), currentUser.required().username());
        return DocumentResource.created(document);
    }
}
