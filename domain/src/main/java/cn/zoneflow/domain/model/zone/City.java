package cn.zoneflow.domain.model.zone;

import org.eclipse.persistence.annotations.ReadOnly;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A prefecture-level city (市) of Shanxi, identified by its six-digit administrative division code
 * (e.g. 140700 for 晋中). Cities are reference data: seeded by migration, never edited by users.
 */
@Entity
@Cacheable
// reference data: read from the shared cache as it is, never copied or locked per transaction
@ReadOnly
@Table(name = "city")
public class City {

    @Id
    @Column(name = "division_code", length = 6)
    private String divisionCode;

    @Column(name = "name", nullable = false, unique = true, length = 20)
    private String name;

    protected City() {
    }

    public City(String divisionCode, String name) {
        if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("division code must be six digits: " + divisionCode);
        }
        this.divisionCode = divisionCode;
        this.name = Objects.requireNonNull(name, "name");
    }

    public String divisionCode() {
        return divisionCode;
    }

    /** The short name (晋中), as the bulletins use it; {@link #fullName()} adds 市. */
    public String name() {
        return name;
    }

    public String fullName() {
        return name + "市";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof City other && divisionCode.equals(other.divisionCode);
    }

    @Override
    public int hashCode() {
        return divisionCode.hashCode();
    }

    @Override
    public String toString() {
        return fullName();
    }
}
