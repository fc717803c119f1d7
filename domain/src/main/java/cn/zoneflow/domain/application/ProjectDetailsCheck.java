package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.project.Industry;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Scope;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checks registration and import share: each field's own rules, then the zone and the industry found by the
 * names given, the zone within the user's scope, an investment above zero and a 标准地 parcel the zone has
 * registered. Names already looked up are remembered, as an import names the same zones on many lines.
 */
public final class ProjectDetailsCheck {

    private final Scope scope;
    private final ZoneRepository zones;
    private final ProjectRepository projects;
    private final LandParcelRepository parcels;
    private final Map<String, Optional<Zone>> zoneOfName = new HashMap<>();
    private final Map<String, Optional<Industry>> industryOfName = new HashMap<>();

    public ProjectDetailsCheck(Scope scope, ZoneRepository zones, ProjectRepository projects,
            LandParcelRepository parcels) {
        this.scope = scope;
        this.zones = zones;
        this.projects = projects;
        this.parcels = parcels;
    }

    /**
     * What the names stand for; a part is null where its field was refused, but a zone outside the scope is kept
     * (and said to be) for the caller to record the attempt.
     */
    public record Found(Zone zone, boolean zoneOutsideScope, Industry industry) {
    }

    /** Checks {@code details} as part of {@code command} (the details themselves, or a command holding them). */
    public Found check(Object command, ProjectDetails details, Refusals refusals) {
        CommandCheck.check(command, refusals);
        Zone zone = details.zone() == null ? null : zoneOfName.computeIfAbsent(details.zone(), zones::zoneCalled)
                .orElse(null);
        if (details.zone() != null && zone == null) {
            refusals.rejectUnlessRefused("zone", "zone.unknown", details.zone());
        }
        boolean outsideScope = zone != null && !scope.covers(zone);
        if (outsideScope) {
            refusals.rejectUnlessRefused("zone", "zone.outsideScope", details.zone());
        }
        Industry industry = details.industry() == null ? null : industryOfName
                .computeIfAbsent(details.industry(), projects::industryCalled).orElse(null);
        if (details.industry() != null && industry == null) {
            refusals.rejectUnlessRefused("industry", "industry.unknown", details.industry());
        }
        if (Amount.ZERO.equals(details.totalInvestment())) {
            refusals.rejectUnlessRefused("totalInvestment", "amount.zero", "0");
        }
        String parcel = details.landParcelCode();
        if (parcel != null && zone != null && !refusals.refuses("landParcelCode")
                && !parcels.registeredIn(parcel, zone)) {
            refusals.reject("landParcelCode", "landParcel.unknown", parcel);
        }
        return new Found(zone, outsideScope, industry);
    }
}
