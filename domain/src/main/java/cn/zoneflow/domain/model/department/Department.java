package cn.zoneflow.domain.model.department;

import cn.zoneflow.domain.model.procedure.Procedure;
import cn.zoneflow.domain.model.zone.City;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * An issuing department (审批部门): a city's office of a kind the procedure catalogue names (太原市规划和自然资源局 is
 * 太原's 自然资源部门), or a zone's own office that took the power over from the city (承接赋权, "区内事区内办": 阳泉高新区
 * 行政审批局). While it takes part in 部门联动审批, it answers the procedures of its kind for the projects of its place
 * itself; otherwise the zone's officer records its answer. One department per kind and place; where a zone has its
 * own office of a kind, that office decides for the zone's projects, not the city's.
 */
@Entity
@Table(name = "approval_department")
public class Department {

    public static final int NAME_MAX_LENGTH = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "departmentIds")
    @TableGenerator(name = "departmentIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "approval_department", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_code", nullable = false)
    private City city;

    /** The zone whose own office this is; none for a city's office, which serves every zone of its city. */
    @ManyToOne
    @JoinColumn(name = "zone_id")
    private Zone zone;

    /**
     * The city's code or the zone's id, so that the database keeps one department per kind and place: a unique key
     * over a column that is empty for the city's offices would let two of them in.
     */
    @Column(name = "place_key", nullable = false, length = 20)
    private String placeKey;

    @Column(name = "department_kind", nullable = false, length = 60)
    private String kind;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "takes_part", nullable = false)
    private boolean takesPart = true;

    @Version
    @Column(name = "version")
    private long version;

    protected Department() {
    }

    /** A city's office, which takes part from now on. */
    public Department(City city, String kind, String name) {
        this.city = Objects.requireNonNull(city, "city");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A zone's own office (承接赋权), which takes part from now on. */
    public Department(Zone zone, String kind, String name) {
        this(zone.city(), kind, name);
        this.zone = zone;
    }

    /**
     * Of the departments of a procedure's kind, the one that decides it for a project in the zone: the zone's own
     * office where the zone took the power over, else its city's; whether it takes part or not.
     */
    public static Optional<Department> deciding(Collection<Department> ofTheKind, Zone zone) {
        return ofTheKind.stream().filter(department -> department.covers(zone))
                .min(Comparator.comparing(department -> department.zone == null));
    }

    /**
     * Whether the procedure of a project in the zone is of this department's kind and place (of the departments that
     * may, {@link #deciding} says which decides). It stays so after the department stops taking part, for what it
     * answered before.
     */
    public boolean decides(Zone zone, Procedure procedure) {
        return covers(zone) && kind.equals(procedure.department());
    }

    /** Whether the zone may give its problems to this department to answer: one of its place, taking part. */
    public boolean serves(Zone zone) {
        return takesPart && covers(zone);
    }

    /** Whether the zone is this department's place: the zone itself for a zone's office, any of its city's else. */
    private boolean covers(Zone zone) {
        return this.zone == null ? city.equals(zone.city()) : this.zone.equals(zone);
    }

    /** Whether this is the office of the zone, or with none, a city's office. */
    public boolean sitsIn(Optional<Zone> zone) {
        return zone().equals(zone);
    }

    @PrePersist
    void keyPlace() {
        placeKey = zone == null ? city.divisionCode() : "zone-" + zone.id();
    }

    /** Takes part in 部门联动审批 from now on, or stops: procedures submitted afterwards go to it, or to the officers. */
    public void takePart(boolean takesPart) {
        this.takesPart = takesPart;
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    /** The zone whose own office this is; empty for a city's office. */
    public Optional<Zone> zone() {
        return Optional.ofNullable(zone);
    }

    /** The kind of department the procedure catalogue names, e.g. 自然资源部门. */
    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public boolean takesPart() {
        return takesPart;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Department other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name + " (" + (zone == null ? city.name() : zone.name()) + " " + kind + ")";
    }
}
