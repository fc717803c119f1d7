package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.EvaluationService;
import cn.zoneflow.processes.ProjectLifecycle.Activities;
import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * 审批阶段变更 and 市级审批阶段变更: the zone's manager — and for the largest projects then the city's supervisor —
 * approves the move, or returns it to the officer with a reason. One opinion (审批意见) serves both: the reason of
 * a return, or the approver's comment, which a 达效 decision over a measure not reached requires.
 */
@Named
@ViewScoped
public class ApproveStageMoveView extends StageMovePageView {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(Variables.RETURN_REASON, "approve:reason",
            EvaluationService.DECISION_NOTE, "approve:reason");

    private String reason;

    /** Whether this is the city's approval, after the zone's managers approved. */
    public boolean isCityLevel() {
        return Activities.APPROVE_STAGE_MOVE_AT_CITY.equals(getTask().taskType());
    }

    public String approve() {
        return complete(() -> stageMoves.approve(currentUser.actor(), getId(), reason),
                "task_approve_stage_move.message.info.approved", FIELDS);
    }

    public String returnToOfficer() {
        return complete(() -> stageMoves.returnWithReason(currentUser.actor(), getId(), reason),
                "task_approve_stage_move.message.info.returned", FIELDS);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
