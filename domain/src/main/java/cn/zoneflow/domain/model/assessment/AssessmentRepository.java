package cn.zoneflow.domain.model.assessment;

import java.util.List;

public interface AssessmentRepository {

    /** Every indicator's weight. */
    List<AssessmentWeight> weights();

    /** The kept results of a period, in category and rank order; none while it was not kept. */
    List<AssessmentResult> resultsOf(AssessmentPeriod period);

    void add(AssessmentResult result);
}
