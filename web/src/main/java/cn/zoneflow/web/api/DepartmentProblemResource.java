package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.web.problem.ProblemRow;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.problem.DepartmentProblems;
import cn.zoneflow.workflow.problem.ProblemTasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 部门办理答复 on the portal: the problems the zones gave the signed-in user's department, each with its way so far and
 * its files, the files the department adds and its written answer. Only departments' users reach these calls (the container's
 * constraint on {@code /api/portal/department/*}); a task that is not one of their department's problems is 404.
 */
@Tag(name = "部门审批", description = "The procedures submitted to a department taking part in 部门联动审批, for its users")
@Path(DepartmentProblemResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentProblemResource {

    static final String PATH = "portal/department/problems";

    /** One problem to answer: the task, the problem with every step, and its files. */
    public record GivenProblemJson(TaskResource.TaskJson task, ProblemRow problem,
            List<DepartmentDeskResource.MaterialJson> files) {

        static GivenProblemJson of(DepartmentProblems.GivenProblem given) {
            String taskId = given.task().id();
            return new GivenProblemJson(TaskResource.TaskJson.of(given.task()),
                    ProblemRow.of(given.problem(), ChinaTime.today(), taskId), given.files().stream()
                            .map(file -> DepartmentDeskResource.MaterialJson.in(PATH + "/" + taskId + "/files", file))
                            .toList());
        }
    }

    @Inject
    private DepartmentProblems problems;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "departmentProblems", summary = "开发区交给本部门办理的问题，最早到期的在前")
    @GET
    public PageJson<TaskResource.TaskJson> waiting(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return TaskResource.TaskJson.page(problems.waiting(currentUser.actor(), page, size));
    }

    @Operation(operationId = "departmentProblem", summary = "一个交办的问题：办理经过和材料")
    @GET
    @Path("{taskId}")
    public GivenProblemJson problem(@PathParam("taskId") String taskId) {
        return GivenProblemJson.of(problems.problem(currentUser.actor(), taskId));
    }

    @Operation(operationId = "departmentProblemFile", summary = "下载一个交办问题的材料")
    @GET
    @Path("{taskId}/files/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("taskId") String taskId, @PathParam("documentId") long documentId) {
        return DocumentResource.downloaded(problems.file(currentUser.actor(), taskId, documentId));
    }

    /** A file of the department's, such as its 复函: the body is the file, {@code ?name=} its name. */
    @Operation(operationId = "uploadDepartmentProblemFile", summary = "部门上传问题材料（如复函）")
    @APIResponse(responseCode = "201", description = "Stored; Location names the document")
    @POST
    @Path("{taskId}/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("taskId") String taskId, @QueryParam("name") String fileName,
            InputStream body) throws IOException {
        UploadedFile file = UploadedFile.of(fileName, body);
        return DocumentResource.created(problems.attach(currentUser.actor(), taskId, file.name(), file.content()));
    }

    /** A file the department attached by mistake, while it answers; the zone's and the raiser's files stay. */
    @Operation(operationId = "removeDepartmentProblemFile", summary = "删除部门误传的材料")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Not a file the department attached at this step")
    @DELETE
    @Path("{taskId}/files/{documentId}")
    public void remove(@PathParam("taskId") String taskId, @PathParam("documentId") long documentId) {
        problems.remove(currentUser.actor(), taskId, documentId);
    }

    /** The department's written answer, {@code {"answer": "…"}}; whoever raised the problem confirms it next. */
    @Operation(operationId = "answerDepartmentProblem", summary = "部门书面答复问题")
    @APIResponse(responseCode = "204", description = "Answered")
    @POST
    @Path("{taskId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("taskId") String taskId, JsonObject body) {
        problems.answer(currentUser.actor(), taskId, JsonFields.texts(body).get(ProblemTasks.ANSWER));
        return Response.noContent().build();
    }

    /**
     * 退回开发区, {@code {"reason": "…"}}: the problem is not the department's; the zone's managers give it anew and
     * read the reason in its way.
     */
    @Operation(operationId = "returnDepartmentProblem", summary = "部门退回问题（不属本部门职责）")
    @APIResponse(responseCode = "204", description = "Given back to the zone")
    @POST
    @Path("{taskId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response returnToZone(@PathParam("taskId") String taskId, JsonObject body) {
        problems.returnToZone(currentUser.actor(), taskId, JsonFields.texts(body).get(ProblemTasks.REASON));
        return Response.noContent().build();
    }
}
