package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.EnterpriseVisits;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.visit.EnterpriseVisit;
import cn.zoneflow.domain.model.visit.VisitReport;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.web.project.ProjectQueries.VisitRow;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 入企服务: the visits made to a project's enterprise, read by whoever may read the project (its leader in charge
 * too) and recorded by the zone's officers and managers and the project's leader. Another's project answers 404.
 */
@Tag(name = "入企服务", description = "Visits to a project's enterprise (上门问需) by the zone and its leader in charge")
@BusinessData(alsoFor = Role.LEADER)
@Path("projects/{id}/visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class VisitResource {

    @Inject
    private EnterpriseVisits visits;

    @Inject
    private ProjectQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listVisits", summary = "入企服务记录")
    @GET
    public List<VisitJson> list(@PathParam("id") long projectId) {
        return queries.visitsOf(currentUser.required(), projectId).stream().map(VisitJson::of).toList();
    }

    /**
     * Records a visit: {@code {"visitedOn": "2026-11-20", "visitors": "王副市长、招商局", "met": "总经理张三",
     * "asked": "用电增容", "followUp": "供电公司下周现场办理"}}; every field but the follow-up is required, the day no
     * later than today. With {@code "problemCategory": "UTILITIES"} what was asked is raised as a problem of that
     * category too, linked to the visit. Supervisors read visits and are refused (403).
     */
    @Operation(operationId = "recordVisit", summary = "记录入企服务")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VisitJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long projectId, JsonObject body) {
        InputReader reader = new InputReader();
        VisitReport report = new VisitReport(
                reader.optional(VisitReport.VISITED_ON, JsonFields.text(body, VisitReport.VISITED_ON),
                        InputReader::parseDate).orElse(null),
                JsonFields.text(body, "visitors"), JsonFields.text(body, "met"), JsonFields.text(body, "asked"),
                JsonFields.text(body, "followUp"), JsonFields.text(body, VisitReport.PROBLEM_CATEGORY));
        EnterpriseVisit visit = visits.record(currentUser.required(), projectId, ReadCommand.of(report, reader));
        return Response.status(Response.Status.CREATED).entity(VisitJson.of(queries.visitRow(visit))).build();
    }

    /**
     * One visit; {@code leader} names the leader in charge who recorded it, null when the zone did;
     * {@code problemsRaised} the categories of the problems raised on it.
     */
    public record VisitJson(LocalDate visitedOn, String visitors, String met, String asked, String followUp,
            String recordedBy, String leader, List<String> problemsRaised) {

        static VisitJson of(VisitRow row) {
            return new VisitJson(row.visitedOn(), row.visitors(), row.met(), row.asked(), row.followUp(),
                    row.recordedBy(), row.leader(), row.problemsRaised());
        }
    }
}
