package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProjectProblems;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.problem.ProblemNote;
import cn.zoneflow.domain.model.problem.ReturnVisitReport;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 问题清单: a problem read with every step, and the notes written on it; the catalogue of categories. The steps
 * themselves (受理交办, 办理答复, 部门办理答复, 市级协调, 省级协调, 确认办理结果) are tasks, done through {@code /api/tasks}. A project or
 * problem that is not the caller's answers 404; raising and listing a project's problems is
 * {@link ProjectProblemResource}.
 */
@Tag(name = "问题清单", description = "Problems that block projects, solved on a deadline (接诉即办)")
@BusinessData(alsoFor = Role.LEADER)
@Path("problems")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ProblemResource {

    @Inject
    private ProjectProblems problems;

    @Inject
    private ProblemQueries queries;

    @Inject
    private CurrentUser currentUser;

    /** A category of the catalogue and the working days a problem of it has by default. */
    public record CategoryJson(String code, String name, int workingDays) {

        static CategoryJson of(ProblemCategory category) {
            return new CategoryJson(category.code(), category.name(), category.workingDays());
        }
    }

    @Operation(operationId = "listProblemCategories", summary = "问题类别")
    @GET
    @Path("categories")
    public List<CategoryJson> categories() {
        return queries.categories().stream().map(CategoryJson::of).toList();
    }

    @Operation(operationId = "getProblem", summary = "问题及其每一步")
    @GET
    @Path("{id}")
    public ProblemRow problem(@PathParam("id") long problemId) {
        return queries.problem(currentUser.required(), problemId);
    }

    /** A city department the zone may give the problem to, which then answers it on its own desk. */
    public record DepartmentChoiceJson(long id, String name, String kind) {
    }

    /**
     * The city's departments working in ZoneFlow that the zone may give the problem to: the {@code department} of
     * 受理交办 is one of their ids.
     */
    @Operation(operationId = "listProblemDepartments", summary = "可交办问题的市直部门")
    @GET
    @Path("{id}/departments")
    public List<DepartmentChoiceJson> departments(@PathParam("id") long problemId) {
        problems.problem(currentUser.required(), problemId);
        return problems.departmentsFor(problemId).stream()
                .map(department -> new DepartmentChoiceJson(department.id(), department.name(), department.kind()))
                .toList();
    }

    /** A progress note or a leader's comment: {@code {"text": "已与供电公司现场对接"}}. */
    @Operation(operationId = "noteProblem", summary = "记录进展或评论")
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProblemRow note(@PathParam("id") long problemId, JsonObject body) {
        problems.note(currentUser.required(), problemId,
                ReadCommand.whole(new ProblemNote(JsonFields.text(body, "text"))));
        return queries.problem(currentUser.required(), problemId);
    }

    /**
     * 回访 after a 差评: {@code {"visitedOn": "2026-12-03", "way": "PHONE", "visited": "王经理", "finding": "情况属实，已改为
     * 专人对接，企业表示满意"}}; {@code way} is {@code PHONE}, {@code ON_SITE} or {@code ONLINE}, the day from the 差评
     * to today. Only for a 服务整改 problem (400 naming {@code problem} otherwise), by the zone's officers and managers
     * (403 for anyone else).
     */
    @Operation(operationId = "recordReturnVisit", summary = "记录差评回访")
    @POST
    @Path("{id}/return-visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProblemRow recordReturnVisit(@PathParam("id") long problemId, JsonObject body) {
        problems.recordReturnVisit(currentUser.required(), problemId, ReturnVisitReport.read(
                JsonFields.text(body, ReturnVisitReport.VISITED_ON), JsonFields.text(body, ReturnVisitReport.WAY),
                JsonFields.text(body, "visited"), JsonFields.text(body, "finding")));
        return queries.problem(currentUser.required(), problemId);
    }
}
