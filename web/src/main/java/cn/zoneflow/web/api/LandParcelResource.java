package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.LandParcelService;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 标准地 parcels of the zones the caller sees; a zone's managers (or the system administrator) register the parcels
 * the zone sold.
 */
@Tag(name = "标准地", description = "Standard-land parcels with their standards and regional assessments")
@BusinessData(alsoFor = Role.ADMIN)
@Path("land-parcels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class LandParcelResource {

    @Inject
    private LandParcelService service;

    @Inject
    private CurrentUser currentUser;


    @Operation(operationId = "listLandParcels", summary = "标准地列表")
    @GET
    public List<LandParcelJson> list() {
        return service.within(currentUser.required().scope()).stream().map(LandParcelJson::of).toList();
    }

    /** @throws NoSuchElementException (404) for a parcel unknown or of a zone the caller does not see */
    @Operation(operationId = "getLandParcel", summary = "标准地详情")
    @GET
    @Path("{code}")
    public LandParcelJson detail(@PathParam("code") String code) {
        return LandParcelJson.of(service.parcelWithin(currentUser.required().scope(), code)
                .orElseThrow(() -> new NoSuchElementException("land parcel " + code)));
    }

    /**
     * Registers a parcel from {@code {"code", "zone", "areaMu", "soldOn", "investmentIntensity", "outputPerMu",
     * "taxPerMu", "energyPerOutput", "assessments": ["SOIL_WATER", …]}}.
     */
    @Operation(operationId = "registerLandParcel", summary = "登记标准地")
    @APIResponse(responseCode = "201", description = "Registered; Location names the parcel", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LandParcelJson.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body, @Context UriInfo uri) {
        if (!currentUser.hasRole(Role.MANAGER.roleName()) && !currentUser.hasRole(Role.ADMIN.roleName())) {
            throw new ForbiddenException();
        }
        LandParcel parcel = service.register(currentUser.required().scope(), NewLandParcelJson.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(parcel.code()).build())
                .entity(LandParcelJson.of(parcel)).build();
    }
}
