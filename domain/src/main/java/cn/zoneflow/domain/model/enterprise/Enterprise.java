package cn.zoneflow.domain.model.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An enterprise investing in a zone. It signs the agency agreement and the credit commitment, and carries
 * the credit record when a commitment is broken. Identified by its credit code.
 */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    public static final int NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enterpriseIds")
    @TableGenerator(name = "enterpriseIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "enterprise", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "credit_code", nullable = false, unique = true, length = 18)
    private CreditCode creditCode;

    @Column(name = "contact_person", length = 40)
    private String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Version
    @Column(name = "version")
    private long version;

    protected Enterprise() {
    }

    public Enterprise(String name, CreditCode creditCode, String contactPerson, String contactPhone) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.creditCode = Objects.requireNonNull(creditCode, "creditCode");
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
    }

    /** Marks an enterprise invented for the demonstration data, so it is never mistaken for a real one. */
    public Enterprise markedAsDemo() {
        this.demo = true;
        return this;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CreditCode creditCode() {
        return creditCode;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Enterprise other && creditCode.equals(other.creditCode);
    }

    @Override
    public int hashCode() {
        return creditCode.hashCode();
    }
}
