package cn.zoneflow.domain.model.message;

/** What changed on an enterprise's project that the enterprise is told of. */
public enum EnterpriseMessageKind {
    /** 补正: the issuing department returned a procedure's submission for correction. */
    CORRECTION_ASKED,
    /** 材料退回: the zone's officers returned a file the enterprise submitted. */
    MATERIAL_RETURNED,
    /** 办结: the department approved a procedure. */
    PROCEDURE_CLOSED,
    /** 承诺即将到期: the promised date of the project's commitment is a few working days away. */
    COMMITMENT_DUE
}
