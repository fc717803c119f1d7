package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.evaluation.EffectivenessCheck;
import cn.zoneflow.domain.model.evaluation.EffectivenessDecision;
import cn.zoneflow.domain.model.evaluation.EvaluationFile;
import cn.zoneflow.domain.model.evaluation.EvaluationRepository;
import cn.zoneflow.domain.model.evaluation.OutputEvaluation;
import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelRepository;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectRepository;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.ChinaTime;
import cn.zoneflow.domain.model.shared.InputReader;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * 达效评估 of a producing project: the officer records the year's figures, the manager decides on them with the
 * measures in view. Called by the lifecycle's steps inside their transaction; a refusal names the field and
 * changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvaluationService {

    public static final String ACTUAL_OUTPUT = "actualOutput";
    public static final String ANNUAL_TAX = "annualTax";
    public static final String ENERGY_USE = "energyUse";
    public static final String DECISION_NOTE = "comment";

    @Inject
    private ProjectRepository projects;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private LandParcelRepository parcels;

    /**
     * Records the officer's figures, as typed.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming every wrong figure
     */
    public OutputEvaluation evaluate(long projectId, String actualOutput, String annualTax, String energyUse,
            String evaluatedBy) {
        Project project = project(projectId);
        InputReader reader = new InputReader();
        Amount output = reader.amount(ACTUAL_OUTPUT, actualOutput, true);
        Amount tax = reader.amount(ANNUAL_TAX, annualTax, true);
        BigDecimal energy = reader.quantity(ENERGY_USE, energyUse, false);
        OutputEvaluation evaluation = null;
        if (!reader.hasErrors()) {
            try {
                evaluation = new OutputEvaluation(project, output, tax, energy, evaluatedBy, ChinaTime.today());
            } catch (InvalidValueException e) {
                reader.reject(ACTUAL_OUTPUT, e.messageKey(), e.rejectedValue());
            }
        }
        reader.finish();
        evaluations.add(evaluation);
        return evaluation;
    }

    /**
     * The manager's decision on the evaluation waiting for it: 达效 (a measure not reached needs the reason), or not
     * yet. Nothing to decide when none waits — a move to 达效 requested before the project had evaluations.
     *
     * @throws cn.zoneflow.domain.model.shared.InvalidInputException naming {@code comment} when it is needed
     */
    public Optional<OutputEvaluation> decide(long projectId, EffectivenessDecision decision, String note,
            String decidedBy) {
        EvaluationFile file = file(projectId);
        if (file.latest() == null || file.latest().decision() != null) {
            return Optional.empty();
        }
        InputReader reader = new InputReader();
        String checked = reader.text(DECISION_NOTE, note, OutputEvaluation.NOTE_MAX_LENGTH, false);
        if (!reader.hasErrors()) {
            try {
                file.latest().decide(decision, file.check(), checked, decidedBy, ChinaTime.today());
            } catch (InvalidValueException e) {
                reader.reject(DECISION_NOTE, e.messageKey(), e.rejectedValue());
            }
        }
        reader.finish();
        return Optional.of(file.latest());
    }

    /** The project's evaluations, the latest measured against its parcel's standards. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationFile file(long projectId) {
        Project project = project(projectId);
        LandParcel parcel = project.reforms().landParcelCode() == null ? null
                : parcels.parcelCoded(project.reforms().landParcelCode()).orElse(null);
        List<OutputEvaluation> rounds = evaluations.evaluationsOf(projectId);
        if (rounds.isEmpty()) {
            return new EvaluationFile(null, null, List.of(), parcel);
        }
        OutputEvaluation latest = rounds.get(0);
        return new EvaluationFile(latest, EffectivenessCheck.of(project, latest, parcel),
                rounds.subList(1, rounds.size()), parcel);
    }

    private Project project(long projectId) {
        return projects.find(projectId).orElseThrow(() -> new NoSuchElementException("project " + projectId));
    }
}
