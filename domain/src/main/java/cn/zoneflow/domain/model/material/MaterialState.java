package cn.zoneflow.domain.model.material;

/** Where a file the enterprise submitted stands with the zone's officers. */
public enum MaterialState {
    /** 待接收: submitted, the officers have not looked at it yet. */
    SUBMITTED,
    /** 已接收: the officers take it for the procedure. */
    ACCEPTED,
    /** 已退回: the officers returned it, saying what is wrong; the enterprise uploads it again. */
    RETURNED
}
