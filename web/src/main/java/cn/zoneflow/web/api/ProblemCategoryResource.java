package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ProblemCatalogue;
import cn.zoneflow.domain.model.problem.CategoryTerms;
import cn.zoneflow.domain.model.problem.ProblemCategory;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.ReadCommand;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalogue of problem categories for the system administrator: each category's name and default working days
 * changed, and new categories added. Everyone else reads the catalogue at {@code GET /api/problems/categories}.
 */
@Tag(name = "问题类别", description = "The catalogue of problem categories, for the system administrator")
@Path("problem-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProblemCategoryResource {

    @Inject
    private ProblemCatalogue catalogue;

    @Inject
    private CurrentUser currentUser;

    @Operation(operationId = "listProblemCategoriesToKeep", summary = "问题类别目录")
    @GET
    public List<ProblemResource.CategoryJson> categories() {
        return catalogue.categories(currentUser.required()).stream().map(ProblemResource.CategoryJson::of).toList();
    }

    /** New terms: {@code {"name": "水电气暖", "workingDays": 8}}; for problems accepted from now on. */
    @Operation(operationId = "changeProblemCategory", summary = "修改问题类别")
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProblemResource.CategoryJson change(@PathParam("code") String code, JsonObject body) {
        return ProblemResource.CategoryJson.of(catalogue.change(currentUser.required(), code, read(code, body)));
    }

    /** A new category: {@code {"code": "SAFETY", "name": "安全生产", "workingDays": 5}}. */
    @Operation(operationId = "addProblemCategory", summary = "新增问题类别")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body) {
        ProblemCategory added = catalogue.add(currentUser.required(),
                read(JsonFields.text(body, CategoryTerms.CODE), body));
        return Response.status(Response.Status.CREATED).entity(ProblemResource.CategoryJson.of(added)).build();
    }

    private static ReadCommand<CategoryTerms> read(String code, JsonObject body) {
        InputReader reader = new InputReader();
        Integer workingDays = reader.optional(CategoryTerms.WORKING_DAYS,
                JsonFields.text(body, CategoryTerms.WORKING_DAYS), CategoryTerms::parseWorkingDays).orElse(null);
        return ReadCommand.of(new CategoryTerms(code, JsonFields.text(body, "name"), workingDays), reader);
    }
}
