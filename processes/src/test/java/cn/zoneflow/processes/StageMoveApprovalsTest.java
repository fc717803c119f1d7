package cn.zoneflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoneflow.processes.StageMoveApprovals.Inputs;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each rule of the decision whether the city approves a stage move after the zone. */
@Deployment(resources = StageMoveApprovals.RESOURCE)
class StageMoveApprovalsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessTestEngine.extension();

    private boolean cityApproves(double totalInvestment, boolean strategicEmerging) {
        return cityApproves("STARTED", totalInvestment, strategicEmerging);
    }

    private boolean cityApproves(String requestedStage, double totalInvestment, boolean strategicEmerging) {
        return engine.getDecisionService().evaluateDecisionTableByKey(StageMoveApprovals.DECISION_KEY,
                        Variables.createVariables().putValue(Inputs.REQUESTED_STAGE, requestedStage)
                                .putValue(Inputs.TOTAL_INVESTMENT, totalInvestment)
                                .putValue(Inputs.STRATEGIC_EMERGING, strategicEmerging))
                .getSingleResult().getEntry(StageMoveApprovals.CITY_APPROVAL_REQUIRED);
    }

    @Test
    void tenBillionAndMoreNeedTheCity() {
        assertThat(cityApproves(100000, false)).isTrue();
        assertThat(cityApproves(500000, false)).isTrue();
        assertThat(cityApproves(99999.99, false)).isFalse();
    }

    @Test
    void strategicEmergingProjectsNeedTheCityFromFiveBillion() {
        assertThat(cityApproves(50000, true)).isTrue();
        assertThat(cityApproves(49999, true)).isFalse();
        assertThat(cityApproves(50000, false)).isFalse();
    }

    @Test
    void smallProjectsNeedOnlyTheZone() {
        assertThat(cityApproves(3000, true)).isFalse();
    }

    @Test
    void effectivenessIsTheZonesDecisionWhateverTheSize() {
        assertThat(cityApproves("EFFECTIVE", 500000, true)).isFalse();
        assertThat(cityApproves("PRODUCING", 500000, false)).isTrue();
    }
}
