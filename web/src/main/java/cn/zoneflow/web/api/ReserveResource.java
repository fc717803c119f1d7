package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProjectRegistration;
import cn.zoneflow.domain.application.ReserveCriteriaChange;
import cn.zoneflow.domain.application.ReserveLibrary;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveCriterion;
import cn.zoneflow.domain.model.reserve.ReserveBook;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.web.export.SheetWriter;
import cn.zoneflow.web.export.WorkbookDownload;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.report.ReportRequest;
import cn.zoneflow.web.report.ReserveExport;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 储备库: the reserve library of a scope and its 储备项目册, projects entering it (入库) and the criteria their zone
 * confirms. The zone's managers move a project between tiers with {@code PUT /api/projects/{id}/assignment}; it
 * leaves the reserve by an approved request to 签约, as any stage move.
 */
@Tag(name = "储备库", description = "Projects not yet signed: tiers, entry criteria, conversion into signed projects")
@BusinessData
@Path("reserve")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ReserveResource {

    @Inject
    private ReserveLibrary library;

    @Inject
    private ProjectRegistration registration;

    @Inject
    private ReportRequest request;

    @Inject
    private ReserveExport export;

    @Inject
    private ProjectQueries queries;

    @Inject
    private CurrentUser currentUser;

    /**
     * The library of {@code scope} (the reader's own by default), the conversion over {@code from}–{@code to} (this
     * year so far by default) and one page of its projects.
     */
    @Operation(operationId = "getReserve", summary = "储备库")
    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReserveBookJson book(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return ReserveBookJson.of(request.reserve(scope, from, to, null), page, size);
    }

    /** 储备项目册: every project in reserve, then each place's tiers and conversion, as a workbook. */
    @Operation(operationId = "downloadReserveWorkbook", summary = "下载储备项目册（xlsx）")
    @GET
    @Path("workbook")
    @Produces(SheetWriter.CONTENT_TYPE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response workbook(@QueryParam("scope") String scope, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        ReserveBook book = request.reserve(scope, from, to, null);
        return WorkbookDownload.forApi(ReserveExport.fileName(book), export.workbook(book));
    }

    /**
     * 入库: the zone's officers and managers register a project not yet signed, with the same fields as
     * {@code POST /api/projects} except the signing day and planned dates; it enters today, not graded.
     */
    @Operation(operationId = "enterReserve", summary = "储备项目入库")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(JsonObject body, @Context UriInfo uri) {
        currentUser.requireZoneWork();
        Project project = registration.registerReserve(scope(), SignedProjectJson.readReserve(body));
        return Response.created(uri.getBaseUriBuilder().path("projects").path(String.valueOf(project.id())).build())
                .entity(ProjectJson.detail(queries.project(scope(), project.id())))
                .build();
    }

    /**
     * 确认入库标准: the zone's officers and managers state every criterion confirmed, e.g. {@code {"criteria":
     * ["投资主体已明确", "INTENTION_SIGNED"], "version": 3}} — one left out is withdrawn, refused when the project's tier
     * needs it; against the version read (409 when it changed meanwhile).
     */
    @Operation(operationId = "confirmReserveCriteria", summary = "确认入库标准")
    @PUT
    @Path("{id}/criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectJson confirm(@PathParam("id") long id, JsonObject body) {
        currentUser.requireZoneWork();
        InputReader reader = new InputReader();
        Long version = reader.required(ReserveCriteriaChange.VERSION,
                JsonFields.text(body, ReserveCriteriaChange.VERSION), JsonFields::version);
        Set<ReserveCriterion> criteria = EnumSet.noneOf(ReserveCriterion.class);
        criteria.addAll(JsonFields.list(reader, body, ReserveCriteriaChange.CRITERIA, ReserveCriterion::parse));
        library.confirmCriteria(scope(), id, ReadCommand.of(new ReserveCriteriaChange(version, criteria), reader),
                currentUser.required().username());
        return ProjectJson.detail(queries.project(scope(), id));
    }

    private Scope scope() {
        return currentUser.required().scope();
    }

}
