package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ActivityService;
import cn.zoneflow.domain.application.NewActivity;
import cn.zoneflow.domain.application.Presentation;
import cn.zoneflow.domain.model.activity.Activity;
import cn.zoneflow.domain.model.activity.ActivityEntry;
import cn.zoneflow.domain.model.activity.Batch;
import cn.zoneflow.domain.model.project.ProjectCode;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.web.activity.ActivityQueries.ActivityItem;
import cn.zoneflow.web.activity.ActivityQueries;
import cn.zoneflow.web.activity.ActivitySummaryExport;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "三个一批" activities: the list, one activity with its summary as the bulletins print it (limited to the caller's
 * scope), creating one (supervisors) and presenting a project of one's scope in a batch.
 */
@Tag(name = "三个一批", description = "\"Three batches\" activities: presentation of projects and the bulletins' summary")
@BusinessData
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ActivityResource {

    static final String ORGANISER_ROLE = "supervisor";

    @Inject
    private ActivityQueries activities;

    @Inject
    private ActivityService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ActivitySummaryExport export;

    @Operation(operationId = "listActivities", summary = "“三个一批”活动列表")
    @GET
    public List<ActivityJson> list() {
        return activities.list().stream().map(ActivityJson::of).toList();
    }

    @Operation(operationId = "getActivity", summary = "“三个一批”活动详情")
    @GET
    @Path("{id}")
    public ActivityJson detail(@PathParam("id") long id) {
        ActivityItem activity = activities.find(id).orElseThrow(() -> new NoSuchElementException("activity " + id));
        return ActivityJson.withSummary(activity, activities.summary(id, currentUser.required().scope()));
    }

    /** The summary as a workbook, row for row as the activity's page shows it to the caller. */
    @Operation(operationId = "downloadActivityWorkbook", summary = "下载活动项目汇总表（xlsx）")
    @GET
    @Path("{id}/workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    public Response workbook(@PathParam("id") long id) {
        ActivityItem activity = activities.find(id).orElseThrow(() -> new NoSuchElementException("activity " + id));
        byte[] workbook = export.workbook(activity, currentUser.required().scope(), currentUser.getScopeName());
        return WorkbookDownload.forApi(ActivitySummaryExport.fileName(activity), workbook);
    }

    /** Creates an activity from {@code {"name", "heldOn", "venue"}}; the province's and cities' supervisors do. */
    @Operation(operationId = "createActivity", summary = "新建“三个一批”活动")
    @APIResponse(responseCode = "201", description = "Created; Location names the activity", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context UriInfo uri) {
        if (!currentUser.hasRole(ORGANISER_ROLE)) {
            throw new ForbiddenException();
        }
        InputReader reader = new InputReader();
        NewActivity command = new NewActivity(JsonFields.text(body, "name"),
                reader.optional("heldOn", JsonFields.text(body, "heldOn"), InputReader::parseDate).orElse(null),
                JsonFields.text(body, "venue"));
        Activity activity = service.create(ReadCommand.of(command, reader));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(activity.id())).build())
                .entity(ActivityJson.of(ActivityItem.of(activity))).build();
    }

    /** Presents a project in a batch: {@code {"projectCode": "…", "batch": "开工一批"}}. */
    @Operation(operationId = "enrolProjectInActivity", summary = "项目参加活动")
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryJson.class)))
    @POST
    @Path("{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enrol(@PathParam("id") long id, JsonObject body) {
        InputReader reader = new InputReader();
        Presentation presentation = new Presentation(
                reader.optional(Presentation.PROJECT_CODE, JsonFields.text(body, Presentation.PROJECT_CODE),
                        ProjectCode::of).orElse(null),
                reader.optional(Presentation.BATCH, JsonFields.text(body, Presentation.BATCH), Batch::parse)
                        .orElse(null));
        ActivityEntry entry = service.enrol(currentUser.required().scope(), id, ReadCommand.of(presentation, reader));
        return Response.status(Response.Status.CREATED)
                .entity(new EntryJson(entry.project().code().value(), entry.batch().name(), entry.batch().chineseName()))
                .build();
    }

    /** A project presented in a batch. */
    public record EntryJson(String projectCode, String batch, String batchName) {
    }
}
