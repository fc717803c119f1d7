package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.AssignmentChange;
import cn.zoneflow.domain.application.CorrectedFacts;
import cn.zoneflow.domain.application.InvestmentProgressService;
import cn.zoneflow.domain.application.InvestmentReport;
import cn.zoneflow.domain.application.ProjectAssignment;
import cn.zoneflow.domain.application.ProjectCorrection;
import cn.zoneflow.domain.application.ProjectRegistration;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectFilter;
import cn.zoneflow.domain.model.project.ProjectSort;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Keyword;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Stage;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.warning.Light;
import cn.zoneflow.web.place.PlaceNames;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Projects within the caller's scope: the filtered, paged list, one project with its stage history, and the
 * registration of a newly signed project, which starts its lifecycle process.
 */
@Tag(name = "项目", description = "Projects: registration, detail, investment progress, leader and reserve tier")
@BusinessData
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ProjectResource {

    @Inject
    private ProjectCorrection correction;

    @Inject
    private ReferenceLists references;

    @Inject
    private ProjectRegistration registration;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProjectAssignment assignment;

    @Inject
    private PlaceNames places;

    @Inject
    private InvestmentProgressService progress;

    @Inject
    private ProjectQueries queries;

    @Operation(operationId = "listProjects", summary = "项目库查询")
    @GET
    public PageJson<ProjectJson> list(
            @QueryParam("city") String city,
            @QueryParam("zone") String zone,
            @QueryParam("stage") String stage,
            @QueryParam("industry") String industry,
            @QueryParam("strategicEmerging") String strategicEmerging,
            @QueryParam("industrial") String industrial,
            @QueryParam("minInvestment") String minInvestment,
            @QueryParam("maxInvestment") String maxInvestment,
            @QueryParam("underCommitment") String underCommitment,
            @QueryParam("fullAgency") String fullAgency,
            @QueryParam("standardLand") String standardLand,
            @QueryParam("q") String keyword,
            @QueryParam("light") String light,
            @QueryParam("openProblems") String openProblems,
            @QueryParam("leader") String leader,
            @QueryParam("sort") String sort,
            @QueryParam("descending") @DefaultValue("false") boolean descending,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        InputReader reader = new InputReader();
        ProjectFilter filter = new ProjectFilter(
                places.cityCode("city", city),
                places.zoneId("zone", zone),
                reader.optional("stage", stage, Stage::parse).orElse(null),
                reader.optional("industry", industry, written -> references.industryCalled(written)
                        .orElseThrow(() -> new InvalidValueException("industry.unknown", written)).code()).orElse(null),
                reader.optional("strategicEmerging", strategicEmerging, InputReader::parseFlag).orElse(null),
                reader.optional("industrial", industrial, InputReader::parseFlag).orElse(null),
                reader.amount("minInvestment", minInvestment, false),
                reader.amount("maxInvestment", maxInvestment, false),
                reader.optional("underCommitment", underCommitment, InputReader::parseFlag).orElse(null),
                reader.optional("fullAgency", fullAgency, InputReader::parseFlag).orElse(null),
                reader.optional("standardLand", standardLand, InputReader::parseFlag).orElse(null),
                reader.optional("q", keyword, Keyword::parse).orElse(null),
                reader.optional("light", light, Light::parse).orElse(null),
                reader.optional("openProblems", openProblems, InputReader::parseFlag).orElse(null),
                leader == null || leader.isBlank() ? null : leader.strip());
        ProjectSort order = reader.optional("sort", sort, ProjectSort::parse).orElse(ProjectSort.CODE);
        reader.finish();
        return PageJson.of(queries.page(scope(), filter, order, descending, page, size).map(ProjectJson::summary));
    }

    /** A project within the caller's scope, or for a leader in charge (包联领导) one they lead. */
    @Operation(operationId = "getProject", summary = "项目详情")
    @GET
    @Path("{id}")
    @BusinessData(alsoFor = Role.LEADER)
    public ProjectJson detail(@PathParam("id") long id) {
        return ProjectJson.detail(queries.project(currentUser.required(), id));
    }

    /** Registers a project whose contract was signed; its lifecycle process starts in the same transaction. */
    @Operation(operationId = "registerProject", summary = "登记签约项目")
    @APIResponse(responseCode = "201", description = "Registered; Location names the project", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body, @Context UriInfo uri) {
        currentUser.requireZoneWork();
        Project project = registration.registerSigned(scope(), SignedProjectJson.read(body),
                currentUser.required().username());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(project.id())).build())
                .entity(ProjectJson.detail(queries.project(scope(), project.id())))
                .build();
    }

    /** The investment completed month by month and in all (万元). */
    @Operation(operationId = "getProjectInvestment", summary = "项目月度完成投资")
    @GET
    @Path("{id}/investment")
    public InvestmentJson investment(@PathParam("id") long id) {
        return InvestmentJson.of(queries.project(scope(), id));
    }

    /** Records (or corrects) one month's completed investment: {@code {"month": "2026-10", "completed": 1200.5}}. */
    @Operation(operationId = "recordProjectInvestment", summary = "填报月度完成投资")
    @POST
    @Path("{id}/investment")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvestmentJson recordInvestment(@PathParam("id") long id, JsonObject body) {
        currentUser.requireZoneWork();
        progress.record(scope(), id, InvestmentReport.read(
                JsonFields.text(body, InvestmentReport.MONTH), JsonFields.text(body, InvestmentReport.COMPLETED)),
                currentUser.required().username());
        return InvestmentJson.of(queries.project(scope(), id));
    }

    /**
     * The zone's managers put a leader in charge of the project (包联领导) and, while it is in reserve, grade it:
     * {@code {"leaderAccount": "leader.jinzhong", "reserveTier": "重点库", "version": 3}} — a leader's account of the
     * zone, its city or the province, who then sees the project; or {@code "leaderInCharge": "…"}, a name alone for a
     * leader without an account. The version as last read; a change made meanwhile answers 409.
     */
    @Operation(operationId = "assignProject", summary = "设置包联领导及储备库层级")
    @PUT
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectJson assign(@PathParam("id") long id, JsonObject body) {
        if (!currentUser.hasRole(Role.MANAGER.roleName())) {
            throw new ForbiddenException();
        }
        InputReader reader = new InputReader();
        AssignmentChange change = new AssignmentChange(
                reader.optional(AssignmentChange.VERSION, JsonFields.text(body, AssignmentChange.VERSION),
                        JsonFields::version).orElse(null),
                JsonFields.text(body, AssignmentChange.LEADER_IN_CHARGE),
                JsonFields.text(body, AssignmentChange.LEADER_ACCOUNT),
                reader.optional(AssignmentChange.RESERVE_TIER, JsonFields.text(body, AssignmentChange.RESERVE_TIER),
                        ReserveTier::parse).orElse(null));
        assignment.assign(scope(), id, ReadCommand.of(change, reader), currentUser.required().username());
        return ProjectJson.detail(queries.project(scope(), id));
    }

    /**
     * 更正项目信息: the zone's officers and managers correct facts recorded wrongly, e.g. {@code {"version": 3,
     * "reason": "合同补充协议调整总投资", "name": "…", "industry": "新能源", "strategicEmerging": "否", "industrial": "是",
     * "totalInvestment": 9000, "expectedAnnualOutput": 12000}} — every fact as it should read, against the version
     * read (a change made meanwhile answers 409). The planned dates are changed through the plan
     * ({@code PlanResource}), and a correction naming one is refused. The answer is the project, its
     * {@code corrections} listing this one when anything changed.
     */
    @Operation(operationId = "correctProjectFacts", summary = "更正项目信息")
    @PUT
    @Path("{id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProjectJson correct(@PathParam("id") long id, JsonObject body) {
        currentUser.requireZoneWork();
        InputReader reader = new InputReader();
        CorrectedFacts corrected = new CorrectedFacts(
                reader.optional(AssignmentChange.VERSION, JsonFields.text(body, AssignmentChange.VERSION),
                        JsonFields::version).orElse(null),
                JsonFields.text(body, "name"), JsonFields.text(body, "industry"),
                reader.flag("strategicEmerging", JsonFields.text(body, "strategicEmerging")),
                reader.flag("industrial", JsonFields.text(body, "industrial")),
                reader.optional("totalInvestment", JsonFields.text(body, "totalInvestment"), Amount::ofWan).orElse(null),
                reader.optional("expectedAnnualOutput", JsonFields.text(body, "expectedAnnualOutput"), Amount::ofWan)
                        .orElse(null),
                JsonFields.text(body, "reason"));
        for (String plannedDate : List.of("plannedStartDate", "plannedProductionDate")) {
            if (body.containsKey(plannedDate)) {
                reader.reject(plannedDate, "facts.plannedDate.viaPlan", JsonFields.text(body, plannedDate));
            }
        }
        correction.correct(scope(), id, ReadCommand.of(corrected, reader), currentUser.required().username());
        return ProjectJson.detail(queries.project(scope(), id));
    }

    /** A project's investment progress. */
    public record InvestmentJson(String projectCode, BigDecimal totalInvestment, BigDecimal completedInvestment,
            List<MonthJson> months) {

        /** One month's completed investment and who recorded it. */
        public record MonthJson(String month, BigDecimal completed, String recordedBy) {
        }

        static InvestmentJson of(ProjectQueries.ProjectPage page) {
            return new InvestmentJson(page.summary().code(), page.summary().totalInvestmentWan(),
                    page.completedInvestmentWan(), page.investments().stream()
                            .map(month -> new MonthJson(month.month().toString(), month.completedWan(),
                                    month.recordedBy()))
                            .toList());
        }
    }


    private Scope scope() {
        return currentUser.required().scope();
    }
}
