package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.audit.AuditAction;
import cn.zoneflow.domain.model.audit.AuditEvent;
import cn.zoneflow.domain.model.department.Department;
import cn.zoneflow.domain.model.department.DepartmentRepository;
import cn.zoneflow.domain.model.department.DepartmentTerms;
import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.procedure.ProcedureRepository;
import cn.zoneflow.domain.model.shared.ReadCommand;
import cn.zoneflow.domain.model.shared.Refusals;
import cn.zoneflow.domain.model.shared.constraint.CommandCheck;
import cn.zoneflow.domain.model.user.Role;
import cn.zoneflow.domain.model.user.RoleRequiredException;
import cn.zoneflow.domain.model.user.UserAccount;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import cn.zoneflow.domain.model.zone.ZoneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * 部门联动审批, kept by the system administrator: which issuing departments of which cities, and which zones' own
 * offices (承接赋权), answer the zones' procedures in ZoneFlow themselves. A department is listed once per place and
 * kind; it takes part from the day it is listed and can stop and start again, which counts for procedures submitted
 * afterwards. The security administrator
 * reads the list to give a department its users. Every change is audited; a refused input writes nothing.
 */
@ApplicationScoped
@Transactional
public class DepartmentAdministration {

    @Inject
    private DepartmentRepository departments;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private ZoneRepository zones;

    @Inject
    private AuditTrail audit;

    /** Every department listed, for the system administrator who keeps them and the security administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Department> departments(UserAccount actor) {
        if (actor.role() != Role.SECURITY) {
            RoleRequiredException.check(actor, Role.ADMIN);
        }
        return departments.all();
    }

    /** The kinds of department the procedure catalogue names, in its order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> kinds() {
        return procedures.catalogue().stream().map(Procedure::department).distinct().toList();
    }

    /**
     * Lists a department of a kind: the city's office, or a zone's own where the zone took the power over (承接赋权),
     * which from then on decides the zone's procedures of its kind instead of the city's; it takes part at once.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming each wrong field: an unknown city, zone or
     *     kind, a zone of another city, a kind the place has listed already, a name taken; nothing is written
     */
    public Department add(UserAccount actor, ReadCommand<DepartmentTerms> input) {
        RoleRequiredException.check(actor, Role.ADMIN);
        DepartmentTerms terms = input.command();
        Refusals refusals = new Refusals(input.unreadable());
        CommandCheck.check(terms, refusals);
        Optional<City> city = Optional.ofNullable(terms.city()).flatMap(this::city);
        if (terms.city() != null && city.isEmpty()) {
            refusals.reject(DepartmentTerms.CITY, "city.unknown", terms.city());
        }
        Optional<Zone> zone = Optional.ofNullable(terms.zone()).flatMap(zones::zoneCalled);
        if (terms.zone() != null && zone.isEmpty()) {
            refusals.reject(DepartmentTerms.ZONE, "zone.unknown", terms.zone());
        } else if (zone.isPresent() && city.isPresent() && !zone.get().city().equals(city.get())) {
            refusals.reject(DepartmentTerms.ZONE, "department.zone.otherCity", terms.zone());
        }
        if (terms.kind() != null && !kinds().contains(terms.kind())) {
            refusals.reject(DepartmentTerms.KIND, "department.kind.unknown", terms.kind());
        } else if (city.isPresent() && terms.kind() != null && departments.ofKind(city.get(), terms.kind()).stream()
                .anyMatch(listed -> listed.sitsIn(zone))) {
            refusals.reject(DepartmentTerms.KIND, zone.isPresent() ? "department.kind.listedInZone"
                    : "department.kind.listed", terms.kind());
        }
        if (!refusals.refuses(DepartmentTerms.NAME) && departments.findByName(terms.name()).isPresent()) {
            refusals.reject(DepartmentTerms.NAME, "department.name.taken", terms.name());
        }
        refusals.finish();
        Department department = zone.map(own -> new Department(own, terms.kind(), terms.name()))
                .orElseGet(() -> new Department(city.orElseThrow(), terms.kind(), terms.name()));
        departments.add(department);
        audit.record(AuditEvent.success(AuditAction.DEPARTMENT_ADDED, "department", department.name())
                .withDetail(department.toString()));
        return department;
    }

    /**
     * The department takes part from now on, or stops: procedures submitted afterwards are answered by its users, or
     * recorded by the zone's officers; what is with it already stays with it.
     *
     * @throws NoSuchElementException when there is no such department
     */
    public Department takePart(UserAccount actor, long id, boolean takesPart) {
        RoleRequiredException.check(actor, Role.ADMIN);
        Department department = departments.find(id).orElseThrow(() -> new NoSuchElementException("department " + id));
        department.takePart(takesPart);
        audit.record(AuditEvent.success(AuditAction.DEPARTMENT_CHANGED, "department", department.name())
                .withDetail(takesPart ? "takes part" : "stopped"));
        return department;
    }

    private Optional<City> city(String codeOrName) {
        return zones.cities().stream().filter(city -> city.divisionCode().equals(codeOrName)
                || city.name().equals(codeOrName) || city.fullName().equals(codeOrName)).findFirst();
    }
}
