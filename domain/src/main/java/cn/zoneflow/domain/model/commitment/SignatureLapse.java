package cn.zoneflow.domain.model.commitment;

/** Why the zone's signature of a commitment on line no longer stands: the enterprise would not countersign it. */
public enum SignatureLapse {
    /** 企业拒签: the enterprise declined on the portal, saying why. */
    DECLINED,
    /** 逾期未签: the promised day came before the enterprise signed. */
    EXPIRED
}
