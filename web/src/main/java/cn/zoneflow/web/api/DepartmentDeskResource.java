package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.document.DocumentSummary;
import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.agency.DepartmentDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 部门审批 on the portal: the procedures submitted to the signed-in user's department (部门联动审批), each with its
 * project, terms and materials, and the department's answer. Only departments' users reach these calls (the
 * container's constraint on {@code /api/portal/department/*}); a task that is not one of their department's is 404.
 */
@Tag(name = "部门审批", description = "The procedures submitted to a department taking part in 部门联动审批, for its users")
@Path(DepartmentDeskResource.PATH)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentDeskResource {

    static final String PATH = "portal/department/procedures";

    /** The project a submission is for, as the department needs it. */
    public record ProjectFacts(String code, String name, String enterprise, String creditCode, String zone) {

        static ProjectFacts of(Project project) {
            return new ProjectFacts(project.code().value(), project.name(), project.enterprise().name(),
                    project.enterprise().creditCode().value(), project.zone().name());
        }
    }

    /**
     * The procedure as submitted: its statutory limit in working days, the day it was submitted and the day the answer
     * is due, how often it was returned before and the last reason.
     */
    public record ProcedureFacts(String code, String name, String kind, int statutoryDays, boolean committed,
            LocalDate submittedOn, LocalDate due, int corrections, String lastCorrectionReason) {

        static ProcedureFacts of(ProjectProcedure procedure) {
            return new ProcedureFacts(procedure.procedure().code(), procedure.procedure().name(),
                    procedure.procedure().department(), procedure.procedure().statutoryDays(),
                    procedure.isCommitted(), procedure.submittedOn(), procedure.dueDate(), procedure.corrections(),
                    procedure.correctionReason());
        }
    }

    /** A file the department reads; {@code href} is where it is read, relative to the API's root. */
    public record MaterialJson(long id, String fileName, String mediaType, long sizeBytes, LocalDateTime uploadedAt,
            String href) {

        /** @param folder the call the file is read under, relative to the API's root, without the file's id */
        static MaterialJson in(String folder, DocumentSummary document) {
            return new MaterialJson(document.id(), document.fileName(), document.kind().mediaType(),
                    document.sizeBytes(), document.uploadedAt(), folder + "/" + document.id());
        }
    }

    /** One submission to decide. */
    public record SubmissionJson(TaskResource.TaskJson task, ProjectFacts project, ProcedureFacts procedure,
            List<MaterialJson> materials) {

        static SubmissionJson of(DepartmentDesk.Submission submission) {
            return new SubmissionJson(TaskResource.TaskJson.of(submission.task()),
                    ProjectFacts.of(submission.procedure().project()), ProcedureFacts.of(submission.procedure()),
                    submission.materials().stream().map(material -> MaterialJson.in(
                            PATH + "/" + submission.task().id() + "/materials", material)).toList());
        }
    }

    @Inject
    private DepartmentDesk desk;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "departmentProcedures", summary = "待本部门审批的手续，最早到期的在前")
    @GET
    public PageJson<TaskResource.TaskJson> waiting(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return TaskResource.TaskJson.page(desk.waiting(currentUser.actor(), page, size));
    }

    @Operation(operationId = "departmentProcedure", summary = "一项待审批手续：项目、手续和申报材料")
    @GET
    @Path("{taskId}")
    public SubmissionJson submission(@PathParam("taskId") String taskId) {
        return SubmissionJson.of(desk.submission(currentUser.actor(), taskId));
    }

    @Operation(operationId = "departmentProcedureMaterial", summary = "下载一项待审批手续的申报材料")
    @GET
    @Path("{taskId}/materials/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response material(@PathParam("taskId") String taskId, @PathParam("documentId") long documentId) {
        return DocumentResource.downloaded(desk.material(currentUser.actor(), taskId, documentId));
    }

    /**
     * The department's answer: {@code {"decision": "approve", "approvalNumber": "朔自然资审〔2026〕8号"}} closes the
     * procedure; {@code {"decision": "return", "correctionReason": "…"}} returns it to the zone for correction.
     */
    @Operation(operationId = "answerDepartmentProcedure", summary = "部门审批：准予或退回补正")
    @APIResponse(responseCode = "204", description = "Answered")
    @POST
    @Path("{taskId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("taskId") String taskId, JsonObject body) {
        desk.answer(currentUser.actor(), taskId, JsonFields.texts(body));
        return Response.noContent().build();
    }
}
