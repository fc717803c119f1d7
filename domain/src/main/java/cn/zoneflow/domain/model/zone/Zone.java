package cn.zoneflow.domain.model.zone;

import org.eclipse.persistence.annotations.ReadOnly;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;

/**
 * A development zone (开发区) of one city. Zones carry the projects, employ the officers who handle their
 * procedures and the managers who approve their stage moves, and are ranked by the province every year.
 * Known by one stored name; {@link #aliases()} lists the other spellings bulletins use (朔州经开区 for
 * 朔州经济开发区), so imports can accept them.
 */
@Entity
@Cacheable
// reference data: read from the shared cache as it is, never copied or locked per transaction
@ReadOnly
@Table(name = "zone")
public class Zone {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "zoneIds")
    @TableGenerator(name = "zoneIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "zone", allocationSize = 10)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 60)
    private String name;

    @Column(name = "aliases", length = 200)
    private String aliases;

    @ManyToOne(optional = false)
    @JoinColumn(name = "city_code", nullable = false)
    private City city;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ZoneCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "zone_level", nullable = false, length = 20)
    private ZoneLevel level;

    @Version
    @Column(name = "version")
    private long version;

    protected Zone() {
    }

    public Zone(String name, City city, ZoneCategory category, ZoneLevel level) {
        this.name = Objects.requireNonNull(name, "name");
        this.city = Objects.requireNonNull(city, "city");
        this.category = Objects.requireNonNull(category, "category");
        this.level = Objects.requireNonNull(level, "level");
    }

    /** The version the system administrator's change must name, so that of two changes at once one is refused. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public City city() {
        return city;
    }

    public ZoneCategory category() {
        return category;
    }

    public ZoneLevel level() {
        return level;
    }

    public List<String> aliases() {
        return aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split(","));
    }

    /** Whether a name as written in a spreadsheet or bulletin means this zone. */
    public boolean isCalled(String written) {
        String candidate = written == null ? "" : written.strip();
        return name.equals(candidate) || aliases().contains(candidate);
    }

    /**
     * Whether the zone is meant by a name written in the short form bulletins and spreadsheets use for any of its
     * names: 经开区 for 经济开发区 and 经济技术开发区 (晋中经开区 for 晋中经济开发区).
     */
    public boolean isCalledForShort(String written) {
        String candidate = shortened(written == null ? "" : written.strip());
        return shortened(name).equals(candidate)
                || aliases().stream().map(Zone::shortened).anyMatch(candidate::equals);
    }

    private static String shortened(String zoneName) {
        return zoneName.replace("经济技术开发区", "经开区").replace("经济开发区", "经开区");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Zone other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
