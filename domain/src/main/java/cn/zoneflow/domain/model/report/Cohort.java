package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.shared.Amount;

/**
 * What a follow-up rate is computed from, for the projects of one zone presented in a batch: how many there are
 * and their total investment, how many of them have reached the target stage, with their total investment and the
 * investment they have completed.
 */
public record Cohort(
        long zoneId,
        long projects,
        Amount investment,
        long reached,
        Amount reachedInvestment,
        Amount reachedCompletedInvestment) {
}
