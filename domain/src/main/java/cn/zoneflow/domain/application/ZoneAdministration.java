package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidInputException;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.ReferenceDataChanged;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneInput;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import cn.zoneflow.domain.model.zone.ZoneTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The system administrator keeps the province's zones (开发区): adds one the province approved, and changes a
 * zone's name, other spellings, category or level. A renamed zone keeps its old name as another spelling, so
 * spreadsheets and bulletins that still use it are understood. No two zones answer to the same name. Audited, and
 * refused when someone else changed the zone since it was read.
 */
@ApplicationScoped
@Transactional
public class ZoneAdministration {

    @Inject
    private ZoneRepository zones;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<ReferenceDataChanged> changed;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Zone> zones(UserAccount actor) {
        RoleRequiredException.check(actor, Role.ADMIN);
        return zones.zones();
    }

    /**
     * @param city the city's name (晋中 or 晋中市) or division code
     * @throws InvalidInputException naming every wrong field; nothing is written
     * @return the new zone's id
     */
    public long add(UserAccount actor, String city, ZoneInput input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        InputReader reader = new InputReader();
        City of = reader.required("city", city, this::city);
        ZoneTerms terms = read(input, reader, null);
        long id = zones.add(of, terms);
        audit.record(AuditEvent.success(AuditAction.ZONE_ADDED, "zone", String.valueOf(id))
                .withDetail(of.fullName() + " " + terms.summary()));
        changed.fire(new ReferenceDataChanged("zones"));
        return id;
    }

    /**
     * @throws InvalidInputException naming every wrong field; nothing is written
     * @throws NoSuchElementException for a zone that does not exist
     * @throws OptimisticLockException when the zone changed since it was read
     */
    public ZoneTerms change(UserAccount actor, long id, long version, ZoneInput input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        Zone zone = zones.zone(id).orElseThrow(() -> new NoSuchElementException("zone " + id));
        ZoneTerms typed = read(input, new InputReader(), zone);
        ZoneTerms terms = typed;
        if (!typed.name().equals(zone.name()) && !typed.aliases().contains(zone.name())) {
            List<String> aliases = new ArrayList<>(typed.aliases());
            aliases.add(zone.name());
            terms = new ZoneTerms(typed.name(), aliases, typed.category(), typed.level());
        }
        if (!zones.change(id, version, terms)) {
            throw new OptimisticLockException("zone " + id + " changed since version " + version);
        }
        audit.record(AuditEvent.success(AuditAction.ZONE_CHANGED, "zone", String.valueOf(id))
                .withDetail(ZoneTerms.of(zone).summary() + " → " + terms.summary()));
        changed.fire(new ReferenceDataChanged("zones"));
        return terms;
    }

    /**
     * The terms, each of whose names no other zone answers to already.
     *
     * @throws InvalidInputException with what the reader collected before and every wrong field of the terms
     */
    private ZoneTerms read(ZoneInput input, InputReader reader, Zone changing) {
        ZoneTerms terms = null;
        try {
            terms = input.read();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> reader.reject(error.field(), error.messageKey(), error.rejectedValue()));
        }
        if (terms != null) {
            List<Zone> others = zones.zones().stream().filter(other -> !other.equals(changing)).toList();
            for (String name : terms.names()) {
                others.stream().filter(other -> other.isCalled(name)).findFirst().ifPresent(other ->
                        reader.reject(name.equals(input.name().strip()) ? "name" : "aliases", "zone.name.taken",
                                name + " (" + other.name() + ")"));
            }
        }
        reader.finish();
        return terms;
    }

    private City city(String written) {
        return zones.cities().stream()
                .filter(city -> city.divisionCode().equals(written) || city.name().equals(written)
                        || city.fullName().equals(written))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("city.unknown", written));
    }
}
