package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.projectimport.ImportFiles;
import cn.zoneflow.domain.application.projectimport.ImportOutcome;
import cn.zoneflow.domain.application.projectimport.ImportRefusedException;
import cn.zoneflow.domain.application.projectimport.ImportTemplate;
import cn.zoneflow.domain.application.projectimport.ProjectImport;
import cn.zoneflow.web.document.ContentDisposition;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Import of a zone's existing project list: the template to fill in, and the upload — as a multipart form field
 * named {@code file}, or as the raw body with its content type. Rows outside the caller's scope are row errors.
 */
@Tag(name = "项目导入", description = "Import of a zone's project list")
@BusinessData
@Path("projects/import")
@RequestScoped
public class ProjectImportResource {

    static final String CSV = "text/csv";

    @Inject
    private ProjectImport projectImport;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "downloadImportTemplate", summary = "下载项目导入模板（xlsx）")
    @GET
    @Path("template")
    @Produces(ImportTemplate.CONTENT_TYPE)
    public Response template() {
        return Response.ok(ImportTemplate.workbook())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(ImportTemplate.FILE_NAME))
                .build();
    }

    @Operation(operationId = "importProjects", summary = "导入项目清单")
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportOutcome importForm(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw ImportRefusedException.file("import.file.empty");
        }
        try (InputStream content = file.getContent()) {
            return importContent(content);
        }
    }

    @Operation(operationId = "importProjects", summary = "导入项目清单")
    @POST
    @Consumes({ImportTemplate.CONTENT_TYPE, CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportOutcome importBody(InputStream body) throws IOException {
        return importContent(body);
    }

    private ImportOutcome importContent(InputStream content) throws IOException {
        currentUser.requireZoneWork();
        return projectImport.importFile(currentUser.required().scope(), ImportFiles.upload(content),
                currentUser.required().username());
    }
}
