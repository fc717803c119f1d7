package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.EnterpriseMaterials;
import cn.zoneflow.web.material.MaterialRow;
import cn.zoneflow.web.security.CurrentUser;
import cn.zoneflow.workflow.agency.ProcedureTasks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
 * At 收集申报材料, the files the enterprise submitted on the portal for the step's procedure, each accepted or returned
 * with the reason; the materials are complete (the step can be completed) once none waits. A task that is not the
 * caller's, or a file of another procedure, answers 404; a file decided before, or a step someone else holds, 409.
 */
@Tag(name = "文档", description = "Documents of projects and procedures")
@BusinessData
@Path("tasks/{id}/enterprise-materials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskMaterialResource {

    @Inject
    private ProcedureTasks procedures;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listEnterpriseMaterials", summary = "企业为该手续提交的申报材料，最新的在前")
    @GET
    public List<MaterialRow> list(@PathParam("id") String taskId) {
        return procedures.submittedMaterials(currentUser.actor(), taskId).stream().map(MaterialRow::of).toList();
    }

    @Operation(operationId = "acceptEnterpriseMaterial", summary = "接收企业提交的材料")
    @POST
    @Path("{materialId}/accept")
    public MaterialRow accept(@PathParam("id") String taskId, @PathParam("materialId") long materialId) {
        return MaterialRow.of(procedures.acceptMaterial(currentUser.actor(), taskId, materialId));
    }

    /** {@code {"reason": "缺少盖章页"}}: what is wrong, for the enterprise to read before it uploads again. */
    @Operation(operationId = "returnEnterpriseMaterial", summary = "退回企业提交的材料并说明原因")
    @POST
    @Path("{materialId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaterialRow returnMaterial(@PathParam("id") String taskId, @PathParam("materialId") long materialId,
            JsonObject body) {
        return MaterialRow.of(procedures.returnMaterial(currentUser.actor(), taskId, materialId,
                JsonFields.text(body, EnterpriseMaterials.REASON)));
    }
}
