package cn.zoneflow.domain.application;

import cn.zoneflow.domain.model.project.Project;
import cn.zoneflow.domain.model.project.ReserveTier;
import cn.zoneflow.domain.model.shared.TypedText;
import cn.zoneflow.domain.model.shared.constraint.PlainText;
import cn.zoneflow.domain.model.shared.constraint.Required;

/**
 * 设置包联领导及储备库层级: the leader who follows the project — a leader's account by user name, or a name alone; none
 * when both are empty — and, while it is in reserve, its tier; made against the version of the project the manager
 * read.
 */
public record AssignmentChange(
        @Required Long version,
        @PlainText(max = Project.LEADER_MAX_LENGTH, message = "{leaderInCharge.tooLong}") String leaderInCharge,
        @PlainText(max = 60) String leaderAccount,
        ReserveTier reserveTier) {

    public static final String VERSION = "version";
    public static final String LEADER_IN_CHARGE = "leaderInCharge";
    public static final String LEADER_ACCOUNT = "leaderAccount";
    public static final String RESERVE_TIER = "reserveTier";

    public AssignmentChange {
        leaderInCharge = TypedText.trimmed(leaderInCharge);
        leaderAccount = TypedText.trimmed(leaderAccount);
    }
}
