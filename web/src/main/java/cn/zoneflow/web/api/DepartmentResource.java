package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.DepartmentAdministration;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentTerms;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * 联动审批部门: the issuing departments that answer the zones' procedures in ZoneFlow themselves, kept by the system
 * administrator; the security administrator reads them to give a department its users.
 */
@Tag(name = "联动审批部门", description = "The departments taking part in 部门联动审批, for the system administrator")
@Path("departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    static final String TAKES_PART = "takesPart";

    /**
     * A department: its city, the zone whose own office it is (absent for the city's office), the kind the procedure
     * catalogue names, its name and whether it takes part now.
     */
    public record DepartmentJson(long id, String cityCode, String city, String zone, String kind, String name,
            boolean takesPart) {

        static DepartmentJson of(Department department) {
            return new DepartmentJson(department.id(), department.city().divisionCode(), department.city().fullName(),
                    department.zone().map(Zone::name).orElse(null), department.kind(), department.name(),
                    department.takesPart());
        }
    }

    @Inject
    private DepartmentAdministration administration;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listDepartments", summary = "联动审批部门")
    @GET
    public List<DepartmentJson> departments() {
        return administration.departments(currentUser.required()).stream().map(DepartmentJson::of).toList();
    }

    /**
     * A city's department of a kind, taking part at once: {@code {"city": "140600", "kind": "自然资源部门", "name":
     * "朔州市自然资源局"}} (the city by division code or name; the kind one the procedure catalogue names); with
     * {@code "zone": "阳泉高新技术产业开发区"} the zone's own office (承接赋权), which decides the zone's procedures of the
     * kind instead of the city's.
     */
    @Operation(operationId = "addDepartment", summary = "新增联动审批部门")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body) {
        Department added = administration.add(currentUser.required(), ReadCommand.of(new DepartmentTerms(
                JsonFields.text(body, DepartmentTerms.CITY), JsonFields.text(body, DepartmentTerms.ZONE),
                JsonFields.text(body, DepartmentTerms.KIND),
                JsonFields.text(body, DepartmentTerms.NAME)), new InputReader()));
        return Response.status(Response.Status.CREATED).entity(DepartmentJson.of(added)).build();
    }

    /** Takes part from now on, or stops: {@code {"takesPart": false}}; counts for procedures submitted afterwards. */
    @Operation(operationId = "changeDepartment", summary = "部门参与或停止联动审批")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentJson takePart(@PathParam("id") long id, JsonObject body) {
        InputReader reader = new InputReader();
        Boolean takesPart = reader.required(TAKES_PART, JsonFields.text(body, TAKES_PART), InputReader::parseFlag);
        reader.finish();
        return DepartmentJson.of(administration.takePart(currentUser.required(), id, takesPart));
    }
}
