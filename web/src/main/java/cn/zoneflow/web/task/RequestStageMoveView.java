package cn.zoneflow.web.task;

import cn.zoneflow.processes.ProjectLifecycle.Variables;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;

/** 申请进入下一阶段: the officer gives the evidence that the project reached its next stage. */
@Named
@ViewScoped
public class RequestStageMoveView extends StageMovePageView {

    private static final long serialVersionUID = 1L;

    private String evidence;

    /** A request the manager returned starts from the evidence sent last time, to be completed, not typed again. */
    @Override
    protected void loaded() {
        super.loaded();
        if (getFile().returned()) {
            evidence = getFile().evidence();
        }
    }

    public String submit() {
        return complete(() -> stageMoves.request(currentUser.actor(), getId(), evidence),
                "task_request_stage_move.message.info.submitted",
                Map.of(Variables.EVIDENCE, "request:evidence"));
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
