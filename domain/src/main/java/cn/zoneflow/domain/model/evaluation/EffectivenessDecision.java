package cn.zoneflow.domain.model.evaluation;

/** The manager's decision on an evaluation. */
public enum EffectivenessDecision {
    /** 达效: the project moves to its final stage. */
    EFFECTIVE,
    /** 未达效: evaluated again later. */
    NOT_YET
}
