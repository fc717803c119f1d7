package cn.zoneflow.domain.model.procedure;

import org.eclipse.persistence.annotations.ReadOnly;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;

/**
 * A kind of procedure from the catalogue (手续目录), e.g. 环境影响评价审批: the department that issues it, its statutory
 * time limit in working days, the stage it must be done before, whether a commitment (承诺制) may stand in for it
 * until it is done, and whether standard land's regional assessments (区域评估) make it unnecessary.
 */
@Entity
@Cacheable
// reference data: read from the shared cache as it is, never copied or locked per transaction
@ReadOnly
@Table(name = "procedure_catalogue")
public class Procedure {

    /** The order zones work through procedures: those before 开工 first, the quickest first, then by code. */
    public static final Comparator<Procedure> WORK_ORDER = Comparator.comparing(Procedure::requiredBefore)
            .thenComparingInt(Procedure::statutoryDays).thenComparing(Procedure::code);

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "department", nullable = false, length = 60)
    private String department;

    @Column(name = "statutory_days", nullable = false)
    private int statutoryDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_before", nullable = false, length = 20)
    private Stage requiredBefore;

    @Column(name = "commitment_eligible", nullable = false)
    private boolean commitmentEligible;

    @Column(name = "regional_assessment", nullable = false)
    private boolean coveredByRegionalAssessment;

    @Version
    @Column(name = "version")
    private long version;

    protected Procedure() {
    }

    public Procedure(String code, String name, String department, int statutoryDays, Stage requiredBefore,
            boolean commitmentEligible, boolean coveredByRegionalAssessment) {
        if (requiredBefore != Stage.STARTED && requiredBefore != Stage.PRODUCING) {
            throw new IllegalArgumentException("a procedure is required before 开工 or 投产, not " + requiredBefore);
        }
        if (statutoryDays <= 0) {
            throw new IllegalArgumentException("statutory limit must be positive: " + statutoryDays);
        }
        this.code = code;
        this.name = name;
        this.department = department;
        this.statutoryDays = statutoryDays;
        this.requiredBefore = requiredBefore;
        this.commitmentEligible = commitmentEligible;
        this.coveredByRegionalAssessment = coveredByRegionalAssessment;
    }

    /**
     * How this procedure starts out: waived where the project's land had its regional assessment done, otherwise
     * as the reforms say.
     */
    ProcedureStatus initialStatus(boolean landAssessed, boolean underCommitment) {
        if (landAssessed && coveredByRegionalAssessment) {
            return ProcedureStatus.WAIVED;
        }
        return underCommitment && commitmentEligible ? ProcedureStatus.UNDER_COMMITMENT : ProcedureStatus.PENDING;
    }

    /** The version the system administrator's change must name, so that of two changes at once one is refused. */
    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String department() {
        return department;
    }

    public int statutoryDays() {
        return statutoryDays;
    }

    public Stage requiredBefore() {
        return requiredBefore;
    }

    /**
     * Whether a project at the given stage still needs this procedure: one required before a stage the project has
     * reached was obtained before ZoneFlow followed it (a project imported already under construction).
     */
    public boolean isAheadOf(Stage stage) {
        return requiredBefore.compareTo(stage) > 0;
    }

    public boolean isCommitmentEligible() {
        return commitmentEligible;
    }

    public boolean isCoveredByRegionalAssessment() {
        return coveredByRegionalAssessment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Procedure other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
