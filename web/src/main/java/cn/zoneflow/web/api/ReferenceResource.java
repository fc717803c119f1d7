package cn.zoneflow.web.api;

import cn.zoneflow.domain.application.ZoneAdministration;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.zone.ZoneInput;
import cn.zoneflow.web.place.CityItem;
import cn.zoneflow.web.place.IndustryItem;
import cn.zoneflow.web.place.PlaceNames;
import cn.zoneflow.web.place.ReferenceLists;
import cn.zoneflow.web.place.ZoneItem;
import cn.zoneflow.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reference data everyone may read: cities, zones and the industry catalogue; and the zones' changes by the
 * system administrator.
 */
@Tag(name = "参考数据", description = "Cities, zones, industries")
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    private ReferenceLists referenceLists;

    @Inject
    private PlaceNames places;

    @Inject
    private ZoneAdministration zoneAdministration;

    @Inject
    private CurrentUser currentUser;

    public record CityJson(String divisionCode, String name, String fullName) {
        static CityJson of(CityItem city) {
            return new CityJson(city.divisionCode(), city.name(), city.fullName());
        }
    }

    public record ZoneJson(long id, String name, List<String> aliases, String city, String category, String level,
            long version) {
        static ZoneJson of(ZoneItem zone) {
            return new ZoneJson(zone.id(), zone.name(), zone.aliases(), zone.cityName(), zone.category(), zone.level(),
                    zone.version());
        }
    }

    public record IndustryJson(String code, String name) {
        static IndustryJson of(IndustryItem industry) {
            return new IndustryJson(industry.code(), industry.name());
        }
    }

    @Operation(operationId = "listCities", summary = "城市列表")
    @GET
    @Path("cities")
    public List<CityJson> cities() {
        return referenceLists.cities().stream().map(CityJson::of).toList();
    }

    /** Every zone, or those of one city (by name, with or without 市). */
    @Operation(operationId = "listZones", summary = "开发区列表")
    @GET
    @Path("zones")
    public List<ZoneJson> zones(@QueryParam("city") String city) {
        String cityCode = places.cityCode("city", city);
        return referenceLists.zones().stream()
                .filter(zone -> cityCode == null || zone.cityCode().equals(cityCode))
                .map(ZoneJson::of)
                .toList();
    }

    /** Adds a zone from {@code {"city", "name", "aliases": [...], "category", "level"}}: 201 with the zone. */
    @Operation(operationId = "addZone", summary = "新增开发区")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoneJson.class)))
    @POST
    @Path("zones")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addZone(JsonObject body) {
        JsonObject fields = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        long id = zoneAdministration.add(currentUser.required(), JsonFields.text(fields, "city"), zoneInput(fields));
        return Response.status(Response.Status.CREATED).entity(zone(id)).build();
    }

    /** New terms for a zone from the same fields (its city stays) and the {@code version} read; 409 when stale. */
    @Operation(operationId = "changeZone", summary = "修改开发区")
    @PUT
    @Path("zones/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ZoneJson changeZone(@PathParam("id") long id, JsonObject body) {
        if (body == null || !(body.get("version") instanceof JsonNumber version)) {
            throw InvalidInputException.of("version", "field.required", "");
        }
        zoneAdministration.change(currentUser.required(), id, version.longValue(), zoneInput(body));
        return zone(id);
    }

    private ZoneJson zone(long id) {
        return ZoneJson.of(referenceLists.zone(id).orElseThrow());
    }

    /** The aliases as a JSON array of names, or as one text the way the screen takes them. */
    private static ZoneInput zoneInput(JsonObject body) {
        JsonValue aliases = body.get("aliases");
        String written = aliases instanceof JsonArray names
                ? String.join(",", names.getValuesAs(JsonValue.class).stream().map(JsonFields::text).toList())
                : JsonFields.text(body, "aliases");
        return new ZoneInput(JsonFields.text(body, "name"), written, JsonFields.text(body, "category"),
                JsonFields.text(body, "level"));
    }

    @Operation(operationId = "listIndustries", summary = "产业列表")
    @GET
    @Path("industries")
    public List<IndustryJson> industries() {
        return referenceLists.industries().stream().map(IndustryJson::of).toList();
    }
}
