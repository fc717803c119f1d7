package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.shared.Amount;

/**
 * What a follow-up rate is computed from, for the projects presented in a batch, counted for one zone or for one
 * activity ({@code groupId}, as asked): how many there are and their total investment, how many of them have reached
 * the target stage, with their total investment and the investment they have completed.
 */
public record Cohort(
        long groupId,
        long projects,
        Amount investment,
        long reached,
        Amount reachedInvestment,
        Amount reachedCompletedInvestment) {
}
