package cn.zoneflow.web.task;

import cn.zoneflow.domain.application.AgencyService;
import cn.zoneflow.domain.model.commitment.CommitmentFile;
import cn.zoneflow.domain.model.evaluation.EvaluationFile;
import cn.zoneflow.web.project.AgencyFile;
import cn.zoneflow.web.project.ProjectQueries;
import cn.zoneflow.workflow.lifecycle.StageMoveFile;
import cn.zoneflow.workflow.lifecycle.StageMoveTasks;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A stage-move task page: besides the project, the evidence, every earlier round that was returned and where the
 * project's procedures and its commitment stand — what holds the move back is on the same screen as the decision.
 */
public abstract class StageMovePageView extends TaskPageView {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StageMoveTasks stageMoves;

    @Inject
    private transient ProjectQueries queries;

    @Inject
    private transient AgencyService agencyService;

    private StageMoveFile file;
    private AgencyFile agency;
    private CommitmentFile commitment;
    private EvaluationFile evaluation;
    private List<String> holdingBack;

    @Override
    protected void loaded() {
        file = stageMoves.file(currentUser.actor(), getId());
        agency = queries.agency(getTask().projectId());
        commitment = queries.commitment(getTask().projectId());
        evaluation = queries.evaluation(getTask().projectId());
        holdingBack = agencyService.holdingBack(getTask().projectId());
    }

    /**
     * The procedures that keep the project from the requested stage: required before it, neither done nor covered by
     * a signed commitment. The request cannot be submitted while there are any.
     */
    public List<String> getHoldingBack() {
        return holdingBack;
    }

    /** The 达效 evaluation the decision is about, when the project produces. */
    public EvaluationFile getEvaluation() {
        return evaluation;
    }

    public CommitmentFile getCommitment() {
        return commitment;
    }

    public AgencyFile getAgency() {
        return agency;
    }

    public StageMoveFile getFile() {
        return file;
    }
}
