package cn.zoneflow.domain.model.evaluation;

import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.project.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an evaluation shows: the year's output against the expected annual output, and on registered standard land
 * the parcel's standards — investment intensity from the completed investment, output and tax per mu, and energy
 * per 万元 of output where both the parcel and the evaluation give it. Per-mu figures to two decimals, energy to
 * four, rounded half up.
 */
public record EffectivenessCheck(List<Measure> measures) {

    public EffectivenessCheck {
        measures = List.copyOf(measures);
    }

    /** @param parcel the project's standard-land parcel, or null when it is on none (or none registered) */
    public static EffectivenessCheck of(Project project, OutputEvaluation evaluation, LandParcel parcel) {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure(MeasureKind.ANNUAL_OUTPUT, evaluation.actualOutput().wan(),
                project.expectedAnnualOutput().wan()));
        if (parcel != null) {
            BigDecimal area = parcel.areaMu();
            measures.add(new Measure(MeasureKind.INVESTMENT_INTENSITY,
                    perMu(project.completedInvestment().wan(), area), parcel.investmentIntensity()));
            measures.add(new Measure(MeasureKind.OUTPUT_PER_MU, perMu(evaluation.actualOutput().wan(), area),
                    parcel.outputPerMu()));
            measures.add(new Measure(MeasureKind.TAX_PER_MU, perMu(evaluation.annualTax().wan(), area),
                    parcel.taxPerMu()));
            if (parcel.energyPerOutput() != null && evaluation.energyUse() != null
                    && evaluation.actualOutput().wan().signum() > 0) {
                measures.add(new Measure(MeasureKind.ENERGY_PER_OUTPUT,
                        evaluation.energyUse().divide(evaluation.actualOutput().wan(), LandParcel.ENERGY_SCALE,
                                RoundingMode.HALF_UP), parcel.energyPerOutput()));
            }
        }
        return new EffectivenessCheck(measures);
    }

    private static BigDecimal perMu(BigDecimal wan, BigDecimal area) {
        return wan.divide(area, LandParcel.STANDARD_SCALE, RoundingMode.HALF_UP);
    }

    public boolean allMet() {
        return measures.stream().allMatch(Measure::met);
    }

    /** The measures not reached, which a decision of 达效 must give a reason to overrule. */
    public List<Measure> unmet() {
        return measures.stream().filter(m -> !m.met()).toList();
    }
}
