package cn.zoneflow.domain.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoneflow.domain.model.land.LandParcel;
import cn.zoneflow.domain.model.land.LandParcelTest;
import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ProjectTest;
import cn.zoneflow.domain.model.shared.Amount;
import cn.zoneflow.domain.model.shared.InvalidValueException;
import cn.zoneflow.domain.model.shared.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivenessCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final LandParcel parcel = LandParcelTest.parcel(List.of());

    /** The test project (50亿 total, 80亿 expected annual output), producing, with 3.1亿 completed. */
    private Project producing() {
        Project project = ProjectTest.signedProject();
        LocalDate signed = project.reached(Stage.SIGNED).orElseThrow();
        project.advanceTo(Stage.STARTED, signed.plusMonths(1), "manager.jinzhong", "施工许可证", null);
        project.recordProgress(YearMonth.from(signed.plusMonths(2)), Amount.ofWan("31000"), "officer.jinzhong",
                YearMonth.from(signed.plusMonths(3)));
        project.advanceTo(Stage.PRODUCING, signed.plusMonths(12), "manager.jinzhong", "竣工验收", null);
        return project;
    }

    private OutputEvaluation evaluated(Project project, String output, String tax, String energy) {
        return new OutputEvaluation(project, Amount.ofWan(output), Amount.ofWan(tax),
                energy == null ? null : new BigDecimal(energy), "officer.jinzhong", TODAY);
    }

    @Test
    void measuresTheYearsOutputAndTheParcelsStandardsPerMu() {
        Project project = producing();
        EffectivenessCheck check = EffectivenessCheck.of(project, evaluated(project, "810000", "1950", "36000"), parcel);

        assertThat(check.measures()).extracting(Measure::kind).containsExactly(MeasureKind.ANNUAL_OUTPUT,
                MeasureKind.INVESTMENT_INTENSITY, MeasureKind.OUTPUT_PER_MU, MeasureKind.TAX_PER_MU,
                MeasureKind.ENERGY_PER_OUTPUT);
        assertThat(check.measures()).extracting(Measure::actual).map(BigDecimal::toPlainString)
                .containsExactly("810000.0000", "310.00", "8100.00", "19.50", "0.0444");
        assertThat(check.measures()).extracting(Measure::met).containsExactly(true, true, true, false, true);
        assertThat(check.unmet()).extracting(Measure::kind).containsExactly(MeasureKind.TAX_PER_MU);
        assertThat(check.allMet()).isFalse();
    }

    @Test
    void offStandardLandOnlyTheOutputIsMeasured() {
        Project project = producing();
        EffectivenessCheck check = EffectivenessCheck.of(project, evaluated(project, "799999.99", "1", null), null);

        assertThat(check.measures()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MeasureKind.ANNUAL_OUTPUT);
            assertThat(m.met()).isFalse();
        });
    }

    @Test
    void findingItEffectiveOverAMeasureNotReachedNeedsTheReason() {
        Project project = producing();
        OutputEvaluation evaluation = evaluated(project, "810000", "1950", null);
        EffectivenessCheck check = EffectivenessCheck.of(project, evaluation, parcel);

        assertThatThrownBy(() -> evaluation.decide(EffectivenessDecision.EFFECTIVE, check, " ", "manager.jinzhong",
                TODAY)).isInstanceOf(InvalidValueException.class).hasMessageContaining("TAX_PER_MU");
        assertThat(evaluation.decision()).isNull();

        evaluation.decide(EffectivenessDecision.EFFECTIVE, check, "税收减免政策期内，按规定认定", "manager.jinzhong", TODAY);
        assertThat(evaluation.decision()).isEqualTo(EffectivenessDecision.EFFECTIVE);
        assertThatThrownBy(() -> evaluation.decide(EffectivenessDecision.NOT_YET, check, "再议", "manager.jinzhong",
                TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAProducingProjectIsEvaluated() {
        assertThatThrownBy(() -> evaluated(ProjectTest.signedProject(), "1", "1", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("notProducing");
    }
}
