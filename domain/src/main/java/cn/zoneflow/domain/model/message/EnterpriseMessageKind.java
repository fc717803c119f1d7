package cn.zoneflow.domain.model.message;

/** What changed on an enterprise's project that the enterprise is told of. */
public enum EnterpriseMessageKind {
    /** 补正: the issuing department returned a procedure's submission for correction. */
    CORRECTION_ASKED,
    /** 材料退回: the zone's officers returned a file the enterprise submitted. */
    MATERIAL_RETURNED,
    /** 办结: the department approved a procedure. */
    PROCEDURE_CLOSED,
    /** 诉求已答复: the zone (or the department it gave it to) answered a 诉求 the enterprise raised; it confirms next. */
    PROBLEM_ANSWERED,
    /**
     * 承诺书已失效: the credit commitment the zone signed on line was not signed by its promised date; the zone
     * agrees the commitment anew.
     */
    COMMITMENT_SIGNING_EXPIRED,
    /** 承诺即将到期: the promised date of the project's commitment is a few working days away. */
    COMMITMENT_DUE,
    /** 核查通过: the zone verified that every committed procedure was completed by the promised date. */
    COMMITMENT_KEPT,
    /** 整改通知: the commitment was not kept; the enterprise must rectify what the zone found by a set date. */
    RECTIFICATION_ASKED,
    /** 整改到位: the rectification brought every committed procedure to completion. */
    COMMITMENT_RECTIFIED,
    /** 失信记录: not kept even after rectification; a breach stands in the enterprise's credit record. */
    COMMITMENT_BREACHED
}
