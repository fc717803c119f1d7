package cn.zoneflow.domain.model.enterprise;

/** Where an invitation to the portal stands. */
public enum InvitationStatus {
    /** 待使用: may still be accepted. */
    VALID,
    /** 已使用: the contact set a password with it; it opens nothing again. */
    ACCEPTED,
    /** 已过期: not accepted in time. */
    EXPIRED,
    /** 已撤销: withdrawn by the zone. */
    REVOKED
}
