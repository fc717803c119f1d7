package cn.zoneflow.web.place;

import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The cities, zones and industries that screens and the API offer to choose from, as read-only items: what a user
 * may narrow to within their scope, or the whole lists for reference.
 */
@ApplicationScoped
public class ReferenceLists {

    @Inject
    private ZoneRepository zones;

    @Inject
    private ProjectRepository projects;

    public List<CityItem> cities() {
        return zones.cities().stream().map(CityItem::of).toList();
    }

    /** The cities a user of this scope watches whole: every city for the province, none for a city or a zone. */
    public List<CityItem> citiesWatchedWhole(Scope scope) {
        return zones.citiesWatchedWhole(scope).stream().map(CityItem::of).toList();
    }

    public List<ZoneItem> zones() {
        return zones.zones().stream().map(ZoneItem::of).toList();
    }

    public List<ZoneItem> zonesWithin(Scope scope) {
        return zones.zonesWithin(scope).stream().map(ZoneItem::of).toList();
    }

    public Optional<ZoneItem> zone(long id) {
        return zones.zone(id).map(ZoneItem::of);
    }

    public List<IndustryItem> industries() {
        return projects.industries().stream().map(IndustryItem::of).toList();
    }

    /** The industry as callers write it, by its name or its code. */
    public Optional<IndustryItem> industryCalled(String written) {
        return projects.industryCalled(written).map(IndustryItem::of);
    }
}
