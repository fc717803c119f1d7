package cn.zoneflow.domain.model.evaluation;

import cn.zoneflow.domain.model.land.LandParcel;
import java.util.List;

/**
 * What a producing project shows of its 达效 evaluation: the latest round with its measures (null before the first),
 * the earlier rounds, and the standard-land parcel it is measured against (null when none is registered).
 */
public record EvaluationFile(OutputEvaluation latest, EffectivenessCheck check, List<OutputEvaluation> earlier,
        LandParcel parcel) {

    public EvaluationFile {
        earlier = List.copyOf(earlier);
    }
}
