package cn.zoneflow.domain.model.project;

import org.eclipse.persistence.annotations.ReadOnly;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * An industry of the province's catalogue (新能源, 新材料, 高端装备制造 …). Reference data: seeded by
 * migration and extended by administrators; the code is stable, the name is what people read.
 */
@Entity
@Cacheable
// reference data: read from the shared cache as it is, never copied or locked per transaction
@ReadOnly
@Table(name = "industry")
public class Industry {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name", nullable = false, unique = true, length = 30)
    private String name;

    protected Industry() {
    }

    public Industry(String code, String name) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Industry other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
