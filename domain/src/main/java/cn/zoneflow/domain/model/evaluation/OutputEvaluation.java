package cn.zoneflow.domain.model.evaluation;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import jakarta.persistence.Column;
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
import java.time.LocalDate;

/**
 * One 达效 evaluation of a producing project: the officer's figures for the last twelve months (output and tax in
 * 万元, energy use in tonnes of standard coal) and, once given, the manager's decision. A project is evaluated
 * again after a decision of not yet; each round is kept.
 */
@Entity
@Table(name = "output_evaluation")
public class OutputEvaluation {

    public static final int NOTE_MAX_LENGTH = 1000;
    /** A project not yet 达效 is evaluated again this many months after the decision. */
    public static final int REEVALUATE_AFTER_MONTHS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "outputEvaluationIds")
    @TableGenerator(name = "outputEvaluationIds", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "next_val", pkColumnValue = "output_evaluation", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    @Column(name = "evaluated_by", nullable = false, length = 60)
    private String evaluatedBy;

    @Column(name = "actual_output", nullable = false, precision = 18, scale = Amount.SCALE)
    private Amount actualOutput;

    @Column(name = "annual_tax", nullable = false, precision = 18, scale = Amount.SCALE)
    private Amount annualTax;

    @Column(name = "energy_use", precision = 18, scale = 4)
    private BigDecimal energyUse;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private EffectivenessDecision decision;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_note", length = NOTE_MAX_LENGTH)
    private String decisionNote;

    @Version
    @Column(name = "version")
    private long version;

    protected OutputEvaluation() {
    }

    /**
     * @param energyUse null when the project's energy use was not measured
     * @throws InvalidValueException when the project does not produce yet, or energy use is negative
     */
    public OutputEvaluation(Project project, Amount actualOutput, Amount annualTax, BigDecimal energyUse,
            String evaluatedBy, LocalDate on) {
        if (project.stage() != Stage.PRODUCING) {
            throw new InvalidValueException("evaluation.notProducing", project.stage().name());
        }
        if (energyUse != null && energyUse.signum() < 0) {
            throw new InvalidValueException("evaluation.energy.negative", energyUse.toPlainString());
        }
        this.project = project;
        this.actualOutput = actualOutput;
        this.annualTax = annualTax;
        this.energyUse = energyUse;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedOn = on;
    }

    /**
     * The manager's decision. 达效 over a measure not reached needs the reason in the note.
     *
     * @throws InvalidValueException when that reason is missing
     */
    public void decide(EffectivenessDecision decision, EffectivenessCheck check, String note, String by,
            LocalDate on) {
        if (this.decision != null) {
            throw new IllegalStateException("The evaluation of " + project.code() + " was decided already");
        }
        if (decision == EffectivenessDecision.EFFECTIVE && !check.allMet() && (note == null || note.isBlank())) {
            throw new InvalidValueException("evaluation.unmetNeedsReason",
                    String.join("、", check.unmet().stream().map(m -> m.kind().name()).toList()));
        }
        this.decision = decision;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public Long id() {
        return id;
    }

    public Project project() {
        return project;
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    public String evaluatedBy() {
        return evaluatedBy;
    }

    public Amount actualOutput() {
        return actualOutput;
    }

    public Amount annualTax() {
        return annualTax;
    }

    public BigDecimal energyUse() {
        return energyUse;
    }

    public EffectivenessDecision decision() {
        return decision;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
