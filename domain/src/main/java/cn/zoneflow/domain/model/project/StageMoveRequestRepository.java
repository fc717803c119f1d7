package cn.zoneflow.domain.model.project;

import java.util.List;
import java.util.Optional;

/** The request rounds of stage moves. */
public interface StageMoveRequestRepository {

    void add(StageMoveRequest request);

    /** The round of the project awaiting a decision, if one is. */
    Optional<StageMoveRequest> openOf(long projectId);

    /** Every round of the project, oldest first. */
    List<StageMoveRequest> roundsOf(long projectId);
}
