package cn.zoneflow.web.api;

import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reference data everyone may read: cities, zones and the industry catalogue. */
@Tag(name = "参考数据", description = "Cities, zones, industries")
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    private ZoneRepository zones;

    @Inject
    private ProjectRepository projects;

    @Inject
    private PlaceNames places;

    public record CityJson(String divisionCode, String name, String fullName) {
        static CityJson of(City city) {
            return new CityJson(city.divisionCode(), city.name(), city.fullName());
        }
    }

    public record ZoneJson(long id, String name, List<String> aliases, String city, String category, String level) {
        static ZoneJson of(Zone zone) {
            return new ZoneJson(zone.id(), zone.name(), zone.aliases(), zone.city().name(), zone.category().name(),
                    zone.level().name());
        }
    }

    public record IndustryJson(String code, String name) {
        static IndustryJson of(Industry industry) {
            return new IndustryJson(industry.code(), industry.name());
        }
    }

    @GET
    @Path("cities")
    public List<CityJson> cities() {
        return zones.cities().stream().map(CityJson::of).toList();
    }

    /** Every zone, or those of one city (by name, with or without 市). */
    @GET
    @Path("zones")
    public List<ZoneJson> zones(@QueryParam("city") String city) {
        String cityCode = places.cityCode("city", city);
        return zones.zones().stream()
                .filter(zone -> cityCode == null || zone.city().divisionCode().equals(cityCode))
                .map(ZoneJson::of)
                .toList();
    }

    @GET
    @Path("industries")
    public List<IndustryJson> industries() {
        return projects.industries().stream().map(IndustryJson::of).toList();
    }
}
