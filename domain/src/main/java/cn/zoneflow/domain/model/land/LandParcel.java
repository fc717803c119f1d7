package cn.zoneflow.domain.model.land;

import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.zone.Zone;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A standard-land parcel (标准地): sold by its zone "带标出让" with the standards a project on it must reach —
 * fixed-asset investment per mu, output per mu and tax per mu in 万元, energy use in tonnes of standard coal per
 * 万元 of output — and with the regional assessments done that spare the project their procedures.
 */
@Entity
@Table(name = "land_parcel")
public class LandParcel {

    public static final int CODE_MAX_LENGTH = 40;
    /** Areas in mu to two decimals, as land registers give them (e.g. 1,865.55 mu). */
    public static final int AREA_SCALE = 2;
    /** Standards to two decimals (万元/亩), energy use to four (吨标准煤/万元). */
    public static final int STANDARD_SCALE = 2;
    public static final int ENERGY_SCALE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "landParcelIds")
    @TableGenerator(name = "landParcelIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "land_parcel", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = CODE_MAX_LENGTH)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "zone_id", nullable = false)
    private Zone zone;

    @Column(name = "area_mu", nullable = false, precision = 12, scale = AREA_SCALE)
    private BigDecimal areaMu;

    @Column(name = "sold_on")
    private LocalDate soldOn;

    @Column(name = "investment_intensity", nullable = false, precision = 12, scale = STANDARD_SCALE)
    private BigDecimal investmentIntensity;

    @Column(name = "output_per_mu", nullable = false, precision = 12, scale = STANDARD_SCALE)
    private BigDecimal outputPerMu;

    @Column(name = "tax_per_mu", nullable = false, precision = 12, scale = STANDARD_SCALE)
    private BigDecimal taxPerMu;

    @Column(name = "energy_per_output", precision = 12, scale = ENERGY_SCALE)
    private BigDecimal energyPerOutput;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "land_parcel_assessment", joinColumns = @JoinColumn(name = "parcel_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "assessment", nullable = false, length = 30)
    private Set<RegionalAssessment> assessments = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected LandParcel() {
    }

    /**
     * @param energyPerOutput null where the parcel was sold without an energy standard
     * @throws InvalidValueException when the area or a standard is not positive or too precise
     */
    public LandParcel(String code, Zone zone, BigDecimal areaMu, LocalDate soldOn, BigDecimal investmentIntensity,
            BigDecimal outputPerMu, BigDecimal taxPerMu, BigDecimal energyPerOutput,
            Collection<RegionalAssessment> assessments) {
        this.code = code;
        this.zone = zone;
        this.areaMu = area(areaMu);
        this.soldOn = soldOn;
        this.investmentIntensity = standard(investmentIntensity);
        this.outputPerMu = standard(outputPerMu);
        this.taxPerMu = standard(taxPerMu);
        this.energyPerOutput = energyPerOutput == null ? null : energyStandard(energyPerOutput);
        this.assessments = assessments.isEmpty() ? new HashSet<>()
                : new HashSet<>(EnumSet.copyOf(assessments));
    }

    /** An area in mu: positive, to two decimals. */
    public static BigDecimal area(BigDecimal mu) {
        return positive(mu, AREA_SCALE);
    }

    /** A standard in 万元/亩: positive, to two decimals. */
    public static BigDecimal standard(BigDecimal wanPerMu) {
        return positive(wanPerMu, STANDARD_SCALE);
    }

    /** Energy use in 吨标准煤/万元: positive, to four decimals. */
    public static BigDecimal energyStandard(BigDecimal tonnesPerWan) {
        return positive(tonnesPerWan, ENERGY_SCALE);
    }

    private static BigDecimal positive(BigDecimal value, int scale) {
        if (value.signum() <= 0) {
            throw new InvalidValueException("landParcel.notPositive", value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw new InvalidValueException("landParcel.tooPrecise." + scale, value.toPlainString());
        }
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** Whether a done regional assessment of this parcel makes the procedure unnecessary. */
    public boolean waives(String procedureCode) {
        return assessments.stream().anyMatch(a -> a.waivedProcedure().filter(procedureCode::equals).isPresent());
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Zone zone() {
        return zone;
    }

    public BigDecimal areaMu() {
        return areaMu;
    }

    public LocalDate soldOn() {
        return soldOn;
    }

    public BigDecimal investmentIntensity() {
        return investmentIntensity;
    }

    public BigDecimal outputPerMu() {
        return outputPerMu;
    }

    public BigDecimal taxPerMu() {
        return taxPerMu;
    }

    public BigDecimal energyPerOutput() {
        return energyPerOutput;
    }

    /** The regional assessments done, in the order the bulletins list them. */
    public Set<RegionalAssessment> assessments() {
        return assessments.isEmpty() ? EnumSet.noneOf(RegionalAssessment.class) : EnumSet.copyOf(assessments);
    }
}
