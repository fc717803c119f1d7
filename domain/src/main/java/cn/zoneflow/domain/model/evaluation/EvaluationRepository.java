package cn.zoneflow.domain.model.evaluation;

import java.util.List;

/** A project's 达效 evaluations. */
public interface EvaluationRepository {

    /** Newest first. */
    List<OutputEvaluation> evaluationsOf(long projectId);

    void add(OutputEvaluation evaluation);
}
