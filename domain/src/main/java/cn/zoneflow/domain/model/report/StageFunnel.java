package cn.zoneflow.domain.model.report;

import cn.zoneflow.domain.model.shared.Stage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a place's projects stand today: how many are at each stage of 储备 → 签约 → 开工 → 投产 → 达效, with their
 * investment. Every stage is present, at zero when no project stands there.
 */
public record StageFunnel(Map<Stage, StageTally> stages) {

    public static final StageFunnel NONE = new StageFunnel(Map.of());

    public StageFunnel {
        EnumMap<Stage, StageTally> every = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            every.put(stage, stages.getOrDefault(stage, StageTally.NONE));
        }
        stages = Collections.unmodifiableMap(every);
    }

    public StageTally at(Stage stage) {
        return stages.get(stage);
    }

    /** The projects signed or further on: those in the pipeline, not in the reserve library. */
    public long inPipeline() {
        return stages.entrySet().stream().filter(entry -> entry.getKey() != Stage.RESERVE)
                .mapToLong(entry -> entry.getValue().projects()).sum();
    }

    public StageFunnel plus(StageFunnel other) {
        EnumMap<Stage, StageTally> sum = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            sum.put(stage, at(stage).plus(other.at(stage)));
        }
        return new StageFunnel(sum);
    }
}
