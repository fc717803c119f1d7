package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ProblemReport;
import cn.zoneflow.domain.model.problem.ProjectProblem;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.problem.ProblemQueries;
import cn.zoneflow.web.problem.ProblemRow;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 问题清单 of one project: its problems listed, the open ones first, and a new one raised. Whoever may read the project
 * lists them (its leader in charge too); the administrators are refused. Another's project answers 404.
 */
@Tag(name = "问题清单", description = "Problems that block projects, solved on a deadline (接诉即办)")
@BusinessData(alsoFor = Role.LEADER)
@Path("projects/{id}/problems")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ProjectProblemResource {

    @Inject
    private ProjectProblems problems;

    @Inject
    private ProblemQueries queries;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listProjectProblems", summary = "项目的问题，未办结的在前")
    @GET
        public List<ProblemRow> ofProject(@PathParam("id") long projectId) {
        return queries.ofProject(currentUser.required(), projectId);
    }

    /**
     * Raises a problem: {@code {"category": "UTILITIES", "description": "用电增容迟迟未批"}}, the category one of
     * {@code /api/problem-categories}. The zone's managers are asked to accept it within one working day.
     */
    @Operation(operationId = "raiseProblem", summary = "提出问题")
    @APIResponse(responseCode = "201", description = "Raised", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemRow.class)))
    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(@PathParam("id") long projectId, JsonObject body) {
        ProjectProblem problem = problems.raise(currentUser.required(), projectId, ReadCommand.whole(
                new ProblemReport(JsonFields.text(body, ProblemReport.CATEGORY), JsonFields.text(body, "description"))));
        return Response.status(Response.Status.CREATED)
                .entity(queries.problem(currentUser.required(), problem.id())).build();
    }
}
