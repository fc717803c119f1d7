package cn.zoneflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.RequiredProcedures.Inputs;
import java.util.List;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each rule of the decision which procedures a project needs, by the projects the zones actually bring. */
@Deployment(resources = RequiredProcedures.RESOURCE)
class RequiredProceduresTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private static final List<String> EVERY_PROJECT = List.of("PROJECT_FILING", "LAND_USE", "PLANNING_PERMIT",
            "CONSTRUCTION_PERMIT", "COMPLETION_ACCEPTANCE", "FIRE_ACCEPTANCE");

    private List<String> decide(String industry, double totalInvestment, boolean industrial) {
        return engine.getDecisionService().evaluateDecisionTableByKey(RequiredProcedures.DECISION_KEY,
                        Variables.createVariables().putValue(Inputs.INDUSTRY, industry)
                                .putValue(Inputs.TOTAL_INVESTMENT, totalInvestment)
                                .putValue(Inputs.INDUSTRIAL, industrial))
                .collectEntries(RequiredProcedures.PROCEDURE_CODE);
    }

    @Test
    void aSmallServiceProjectNeedsOnlyWhatEveryProjectNeeds() {
        assertThat(decide("MODERN_SERVICES", 3000, false)).containsExactlyInAnyOrderElementsOf(EVERY_PROJECT);
    }

    @Test
    void anIndustrialProjectAddsTheEnvironmentalAssessmentAndTheDischargePermit() {
        assertThat(decide("LIGHT_INDUSTRY", 3000, true)).containsAll(EVERY_PROJECT)
                .contains("ENVIRONMENTAL_ASSESSMENT", "DISCHARGE_PERMIT").doesNotContain("ENERGY_REVIEW");
    }

    @Test
    void anEnergyReviewFromFiftyMillionForIndustryAndAlwaysForCoalChemicalsAndNewMaterials() {
        assertThat(decide("NEW_ENERGY", 4999.99, true)).doesNotContain("ENERGY_REVIEW");
        assertThat(decide("NEW_ENERGY", 5000, true)).contains("ENERGY_REVIEW");
        assertThat(decide("NEW_ENERGY", 5000, false)).doesNotContain("ENERGY_REVIEW");
        assertThat(decide("COAL_CHEMICAL", 800, true)).contains("ENERGY_REVIEW");
        assertThat(decide("NEW_MATERIALS", 800, false)).contains("ENERGY_REVIEW");
    }

    @Test
    void fromOneHundredMillionSoilAndWaterAndGeologicalHazard() {
        assertThat(decide("MODERN_SERVICES", 9999, false)).doesNotContain("SOIL_WATER", "GEOLOGICAL_HAZARD");
        assertThat(decide("MODERN_SERVICES", 10000, false)).contains("SOIL_WATER", "GEOLOGICAL_HAZARD")
                .doesNotContain("SEISMIC_SAFETY");
    }

    @Test
    void fromFiveHundredMillionSeismicSafetyMineralOverlayAndCulturalRelics() {
        assertThat(decide("HIGH_END_EQUIPMENT", 50000, true))
                .contains("SEISMIC_SAFETY", "MINERAL_OVERLAY", "CULTURAL_RELICS").doesNotContain("FLOOD_IMPACT");
    }

    @Test
    void aFloodImpactAssessmentForInfrastructureFarmingAndFromOneBillion() {
        assertThat(decide("INFRASTRUCTURE", 2000, false)).contains("FLOOD_IMPACT");
        assertThat(decide("MODERN_AGRICULTURE", 2000, false)).contains("FLOOD_IMPACT");
        assertThat(decide("NEW_ENERGY", 100000, true)).contains("FLOOD_IMPACT");
    }

    @Test
    void theBulletinsFiveBillionPhotovoltaicProjectNeedsEveryProcedureOfTheCatalogue() {
        List<String> procedures = decide("NEW_ENERGY", 500000, true);
        assertThat(procedures).hasSize(15);
        assertThat(procedures.stream().distinct()).hasSize(15);
    }
}
