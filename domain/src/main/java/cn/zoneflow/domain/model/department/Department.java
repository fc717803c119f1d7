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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An issuing department (审批部门) of a city: the city's office of a kind the procedure catalogue names (太原市规划和自然资源局
 * is 太原's 自然资源部门). While it takes part in 部门联动审批, it answers the procedures of its kind for the projects of
 * its city's zones itself; otherwise the zone's officer records its answer. One department per kind and city.
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

    /** A department that takes part from now on. */
    public Department(City city, String kind, String name) {
        this.city = Objects.requireNonNull(city, "city");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Whether the procedure of a project in the zone is this department's to decide: its kind, in its city. It stays
     * so after the department stops taking part, for what it answered before.
     */
    public boolean decides(Zone zone, Procedure procedure) {
        return city.equals(zone.city()) && kind.equals(procedure.department());
    }

    /** Whether the zone may give its problems to this department to answer: one of its city's, taking part. */
    public boolean serves(Zone zone) {
        return takesPart && city.equals(zone.city());
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
        return name + " (" + city.name() + " " + kind + ")";
    }
}
